"""Every file and folder the library writes, written one way.

Over 600 lines because one writer is the point: the refusals, the temporary names, the
clean-up after an error or a killed writer and the all-or-none folder writes are shared by
every export and by curate, and split apart they would drift.

Exports, the SQLite database and the files :func:`ballerina_data.curate.write` lays out all
go through this module, so that they replace what was there the same way and refuse the
same things.

The interface, for a module that writes something:

- :func:`write_file` ``(path, fill)``: ``fill(binary_file)`` writes the content; the file
  at ``path`` is replaced only once ``fill`` has returned and the content is on disk.
- :func:`write_named` ``(path, fill, *, replace=True, sqlite=False)``: for writers that
  open a file by name themselves (SQLite): ``fill(name)`` writes to ``name``, a new empty
  file beside the target. ``replace=False`` refuses an existing target instead, checked
  when the file takes its place. ``sqlite=True`` refuses a target with SQLite side files.
- :func:`write_directory` ``(path, fill, *, export_format)``: ``fill(folder)`` writes files
  into ``folder``, a new empty folder beside the target, which then takes the target's
  place. An existing target folder is replaced only when everything in it, files and
  folders at any depth, was written by an earlier export of the same format (listed in
  its :data:`LISTING` file, each file with its size and modification time, so an edited
  or planted one is not) and can be read: ``--output ~`` never deletes a home, nor a
  re-export ``site/film/notes.txt``, an empty ``src/module/``, an unreadable
  ``private/`` or a data package where a site goes.
- :class:`Folder`: an output folder whose files are read and written by name, never
  through a symbolic link inside it, under an exclusive lock for a read-merge-write.
- :func:`check_text_stream` ``(function, fp)``: for the exports that write to a stream the
  caller opened, which none of the above is: refuses, before anything is written, what
  would fail partway or write other bytes than UTF-8.

Each of them:

- resolves the path once: a symbolic link the caller named is followed to the file (or
  folder) it names, which is replaced, and the link stays, unless the kernel's
  ``fs.protected_symlinks`` would not follow it, nor any link on the way to it, a folder
  of the path or a link of a chain (:func:`_check_link_owner`); inside an
  output folder, and at a name derived from the one given (:func:`write_together`), no
  link is ever followed;
- writes to a temporary name beside the target, unpredictable and created exclusively
  (``O_EXCL | O_NOFOLLOW``), so no file planted beside the target is written through;
- syncs the content to disk, renames it over the target, and syncs the folder, so that a
  reader sees the old content or the new, and a crash right after the write keeps the new;
- removes its temporary file or folder whatever stops it: an error, Ctrl-C, or the
  command line's SIGTERM and SIGHUP handlers (which raise a ``BaseException``), even the
  moment the name is created (a stop is held until the clean-up knows it); what a
  writer killed outright (SIGKILL) leaves, the next write to the same target removes: a
  temporary name holds its writer's process id, and one whose process is gone is stale;
- gives a new file the mode and access list ``open()`` would (``0o666`` less the umask,
  or what the folder's default ACL gives) and keeps the mode of a file it replaces;
- refuses a directory, device, FIFO or socket where a file goes, a read-only file, a link
  to a missing file, a path ending in ``/`` or holding a NUL or a lone surrogate, standard
  streams by any
  name, and a file the process has open as standard input, output or error;
- raises :class:`~ballerina_data.WriteError` (an ``OSError`` too) with the path the caller
  gave, for a refusal, a full disk or any other failure, SQLite's included.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING

from ._errors import WriteError
from ._validators import short_repr

if TYPE_CHECKING:
    from types import TracebackType

__all__ = [
    "LISTING",
    "SQLITE_SIDE_FILES",
    "Folder",
    "check_text_stream",
    "write_directory",
    "write_file",
    "write_named",
    "write_together",
]


def check_text_stream(function: str, fp: object) -> None:
    """Refuse, for ``function``, an ``fp`` that is not a UTF-8 text stream open for
    writing: a path or None, or a binary stream (``open(path, "wb")``, ``io.BytesIO``),
    which would refuse the first str written from deep inside (``TypeError``); a closed
    stream, one opened for reading, or one encoding anything but UTF-8 (``open(path, "w")``
    takes the locale's encoding, cp1252 or ASCII), which would fail partway or write
    another encoding, leaving part of the export in the file (:class:`WriteError`); or one
    that translates newlines (``open(path, "w", encoding="utf-8", newline="\\r\\n")``, and
    on Windows any opened without ``newline``), which would write a newline inside a value
    as another and end CSV rows with ``\\r\\r\\n`` (:class:`WriteError`): a file is opened with
    ``newline=""``. An in-memory stream (``io.StringIO``) holds str and has no encoding to
    check, but may translate newlines (``io.StringIO(newline="\\r\\n")``); a
    ``codecs.getwriter(name)`` writer encodes as its codec does, a text-mode
    ``tempfile.SpooledTemporaryFile`` as the file it holds."""
    import codecs

    if not callable(getattr(fp, "write", None)):
        msg = (
            f"{function}() writes to an open text file such as sys.stdout, got"
            f" {type(fp).__name__} {short_repr(fp)}; write() takes a path"
        )
        raise TypeError(msg)
    mode = getattr(fp, "mode", "")
    if isinstance(fp, io.RawIOBase | io.BufferedIOBase) or (isinstance(mode, str) and "b" in mode):
        msg = (
            f"{function}() writes text: it needs a text stream, got the binary stream"
            f" {type(fp).__name__}; open the file with open(path, 'w', encoding='utf-8',"
            " newline=''), wrap the stream in io.TextIOWrapper(fp, encoding='utf-8',"
            " newline=''), or give write() a path"
        )
        raise TypeError(msg)
    name = str(getattr(fp, "name", None) or fp)
    if getattr(fp, "closed", False) is True:  # before a line is written, not a ValueError after
        raise WriteError(errno.EBADF, f"{function}() was given a closed file", name)
    writable = getattr(fp, "writable", None)
    if callable(writable) and writable() is False:
        msg = f"{function}() was given a file open for reading; open it with open(path, 'w')"
        raise WriteError(errno.EBADF, msg, name)
    encoding = getattr(fp, "encoding", None)
    module = type(fp).__module__
    if encoding is None and isinstance(fp, codecs.StreamWriter) and module[:10] == "encodings.":
        # codecs.getwriter(name)(stream) holds no encoding, but is its codec's class.
        encoding = module.removeprefix("encodings.")
    if not isinstance(encoding, str):
        newline = _newline_written(fp)  # an in-memory stream may translate them too
        if newline != "\n":
            raise WriteError(errno.EINVAL, _translating(function, newline), name)
        return
    try:
        canonical = codecs.lookup(encoding).name
    except LookupError:
        canonical = encoding
    if canonical != "utf-8":
        msg = (
            f"{function}() writes UTF-8 without a byte-order mark, but the file was opened"
            f" with encoding {encoding!r}; open it with encoding='utf-8'"
        )
        raise WriteError(errno.EINVAL, msg, name)
    newline = _newline_written(fp)
    if newline != "\n":
        raise WriteError(errno.EINVAL, _translating(function, newline), name)


def _translating(function: str, newline: str) -> str:
    return (
        f"{function}() writes the data exactly, but the file turns each newline written"
        f" into {newline!r}, which would change the newlines inside values; open it with"
        " newline=''"
    )


def _newline_written(fp: object) -> str:
    """What the text file ``fp`` writes for a newline: "\\n" unless it translates them."""
    if isinstance(fp, io.StringIO):
        # Its state holds its newline argument; only "\r" and "\r\n" are written as given.
        state: tuple[str, str | None, int, object] = fp.__getstate__()  # type: ignore[assignment]
        argument = state[1]
        return argument if argument in ("\r", "\r\n") else "\n"
    # A text-mode tempfile.SpooledTemporaryFile writes through the TextIOWrapper it holds.
    held = getattr(fp, "_file", None)
    if isinstance(held, io.TextIOWrapper) and type(fp).__module__ == "tempfile":
        fp = held
    if hasattr(fp, "_writetranslate"):  # the pure-Python TextIOWrapper (_pyio) says
        translates = getattr(fp, "_writetranslate", False)
        return str(getattr(fp, "_writenl", None) or "\n") if translates else "\n"
    if not isinstance(fp, io.TextIOWrapper):
        return "\n"
    # The C TextIOWrapper shows no attribute for its newline argument, but holds it as a
    # str (none for newline=None); text it holds to write may be a str too, so it is
    # written first.
    import gc

    with contextlib.suppress(OSError, ValueError):
        fp.flush()
    given = [
        held for held in gc.get_referents(fp) if type(held) is str and held in _NEWLINE_ARGUMENTS
    ]
    if not given:  # newline=None: the system's line end
        return os.linesep
    return given[0] or "\n"


#: What ``open()`` takes as ``newline``; "" and "\\n" write a newline as it is.
_NEWLINE_ARGUMENTS = ("", "\n", "\r", "\r\n")


#: The files SQLite keeps beside a database while it is open or after a crash.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

_STREAMS = ("/dev/stdin", "/dev/stdout", "/dev/stderr")
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Room for the dot, the random part and the suffix within a 255-byte file name.
_LONGEST_STEM = 200


@contextlib.contextmanager
def _naming(given: str) -> Iterator[None]:
    """Failures as :class:`WriteError` naming ``given``, not a temporary name beside it."""
    try:
        yield
    except WriteError:
        raise
    except OSError as exc:
        code = exc.errno or errno.EIO
        raise WriteError(code, exc.strerror or str(exc) or os.strerror(code), given) from None
    except Exception as exc:
        import sqlite3

        if not isinstance(exc, sqlite3.Error):
            raise
        full = isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)
        code = errno.ENOSPC if full else errno.EIO
        raise WriteError(code, f"SQLite: {exc}", given) from None


def _is_a_standard_stream(info: os.stat_result) -> bool:
    # `--output log.txt >> log.txt`: replacing the file would drop what the shell appended
    # before and send what follows to a file that no longer has a name.
    for fd in (0, 1, 2):
        try:
            stream = os.fstat(fd)
        except OSError:
            continue
        if (stream.st_dev, stream.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _check_replaceable(info: os.stat_result, given: str, *, directory: bool = False) -> int:
    """The mode to keep for the existing ``info``, or the refusal of it."""
    # Only a regular file can be lost by replacing; /dev/null, which may be standard input
    # too, is refused below as what it is, a device.
    if stat.S_ISREG(info.st_mode) and _is_a_standard_stream(info):
        msg = "open as a standard stream of this process, refusing to replace it"
        raise WriteError(errno.EBUSY, msg, given)
    if stat.S_ISLNK(info.st_mode):
        msg = "a symbolic link inside the output folder, refusing to write through it"
        raise WriteError(errno.ELOOP, msg, given)
    if stat.S_ISDIR(info.st_mode) and not directory:
        msg = "a directory, refusing to replace it with a file; name a file in it"
        raise WriteError(errno.EISDIR, msg, given)
    if directory and not stat.S_ISDIR(info.st_mode):
        raise WriteError(errno.ENOTDIR, "not a directory, refusing to replace it", given)
    if not directory and not stat.S_ISREG(info.st_mode):
        raise WriteError(errno.EEXIST, "not a regular file, refusing to replace it", given)
    if not info.st_mode & 0o222:
        # Replacing needs only the folder's permission; the file's own is the user's word.
        raise WriteError(errno.EACCES, "read-only, refusing to replace it", given)
    mode = stat.S_IMODE(info.st_mode)
    # A file less set-user-id and set-group-id: it becomes the writer's, and those bits from
    # another owner's file would give the writer's rights to whoever runs it. (A folder's
    # set-group-id only passes its group on to new files: kept.)
    return mode if directory else mode & ~(stat.S_ISUID | stat.S_ISGID)


def _check_access(target: str, given: str) -> None:
    if not os.access(target, os.W_OK):
        raise WriteError(errno.EACCES, "read-only, refusing to replace it", given)


def _check_no_nul(given: str) -> None:
    # No system call takes a NUL in a path (Python's raise ValueError): the library's error.
    if "\0" in given:
        raise WriteError(errno.EINVAL, "a path cannot hold a NUL character", given)
    # Nor a lone surrogate, which the file system's encoding has no bytes for (Python's
    # raise UnicodeEncodeError, neither an OSError nor the library's): a path from JSON text
    # ("\\ud800") may hold one, where one from the command line cannot.
    try:
        os.fsencode(given)
    except UnicodeEncodeError:
        msg = "a path the file system cannot encode (a lone surrogate) is not a file to write"
        raise WriteError(errno.EINVAL, msg, given) from None


#: How many links one path may lead through, as the kernel counts (its own ``ELOOP`` limit).
_MOST_LINKS = 40


def _owner_name(uid: int) -> str:
    import pwd

    try:
        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except KeyError:
        return f"uid {uid}"


def _check_link_owner(given: str) -> None:
    """Refuse a path that leads through a symbolic link the kernel would not follow under
    ``fs.protected_symlinks`` (the default of most Linux systems): one in a sticky folder
    anyone can write to (``/tmp``) whose owner is neither the writer nor the folder's owner.
    Another user may plant such a link, and a root job following it would replace whatever
    file it names; resolving the path here (``realpath``) would bypass the kernel's rule.

    The kernel applies the rule to every link it meets, a folder of the path
    (``/tmp/LINK/out.json``) and each link of a chain as much as the last name: so the path
    is walked here one name at a time, each link read (never followed blindly) and its
    target walked in turn, up to where a name does not exist yet."""
    if not hasattr(os, "geteuid"):
        return
    name = given.rstrip("/") or given  # a folder's path may end in "/"
    at = os.sep if os.path.isabs(name) else os.getcwd()
    waiting = [part for part in reversed(name.split(os.sep)) if part not in ("", ".")]
    followed = 0
    while waiting:
        part = waiting.pop()
        if part == "..":
            at = os.path.dirname(at)  # `at` holds no link: its parent is the real one
            continue
        here = os.path.join(at, part)
        try:
            link = os.lstat(here)
            if not stat.S_ISLNK(link.st_mode):
                at = here
                continue
            folder = os.stat(at)
            target = os.readlink(here)
        except OSError:  # nothing there, or no way to look: the write says why
            return
        shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
        if shared and link.st_uid not in (os.geteuid(), folder.st_uid):
            msg = (
                f"a symbolic link another user made in a folder anyone can write to: {here},"
                f" owned by {_owner_name(link.st_uid)}, in the sticky folder {at}; refusing"
                " to follow it, as the kernel's protected_symlinks would not"
            )
            raise WriteError(errno.EACCES, msg, given)
        followed += 1
        if followed > _MOST_LINKS:  # a loop: the write's own ELOOP says so
            return
        if os.path.isabs(target):
            at = os.sep
        waiting.extend(part for part in reversed(target.split(os.sep)) if part not in ("", "."))


class _Target:
    """Where a write to ``given`` lands: the folder (open), the name in it, the mode."""

    def __init__(self, given: str, *, directory: bool = False, derived: bool = False) -> None:
        # A name too long for the file system fails in the first stat: a WriteError too.
        with _naming(given):
            self._resolve(given, directory=directory, derived=derived)

    def _resolve(self, given: str, *, directory: bool, derived: bool) -> None:
        _check_no_nul(given)
        if directory:
            _refuse_the_working_folder(given)
        if given.endswith(("/", os.sep)) and not directory:
            msg = "a path ending in '/' names a directory, not a file"
            raise WriteError(errno.EISDIR, msg, given)
        last = given.rpartition(os.sep)[2]
        if last in (".", "..") and not directory:
            # "a.json/." would be read as a.json by its text, which the system refuses.
            msg = f"a path ending in {last!r} names a directory, not a file"
            raise WriteError(errno.EISDIR, msg, given)
        if given in _STREAMS or given.startswith(("/dev/fd/", "/proc/self/fd/")):
            number = given.rpartition("/")[2]
            stream = given in _STREAMS or number in ("0", "1", "2")
            what = "a standard stream" if stream else f"an open file descriptor ({number})"
            msg = f"{what}, not a file to replace; write to the stream instead"
            raise WriteError(errno.EINVAL, msg, given)
        self.given = given
        _check_link_owner(given)
        # Resolved once: the link the caller named is followed, and nothing after this.
        self.path = os.path.realpath(given)
        if self.path in _STREAMS or (self.path.startswith("/proc/") and "/fd/" in self.path):
            # A link to /dev/stdout leads through /proc/self/fd to a pipe or a terminal.
            msg = (
                "a symbolic link to a standard stream, not a file to replace; write to the"
                " stream instead"
            )
            raise WriteError(errno.EINVAL, msg, given)
        if derived:
            # A name derived from the one the caller gave (x.metadata.json beside x.db):
            # a link there is someone else's choice of where the file goes.
            if os.path.islink(given):
                msg = (
                    "a symbolic link where a file derived from the path given goes,"
                    " refusing to write through it"
                )
                raise WriteError(errno.ELOOP, msg, given)
            self.path = os.path.join(
                os.path.realpath(os.path.dirname(given) or "."), os.path.basename(given)
            )
        folder, self.name = os.path.split(self.path)
        self.existed = False
        try:
            info = os.stat(self.path, follow_symlinks=not derived)
        except FileNotFoundError:
            if os.path.islink(given.rstrip("/") or given):
                # A link to nothing: whoever planted it would choose where the export lands.
                msg = "a symbolic link to a missing file, refusing to create its target"
                raise WriteError(errno.ENOENT, msg, given) from None
            # None: as open() or mkdir() gives it, the umask or the folder's default ACL.
            self.mode: int | None = None
        else:
            self.mode = _check_replaceable(info, given, directory=directory)
            if not directory:
                _check_access(self.path, given)
            self.existed = True
        with _naming(given):
            self.folder = os.open(folder, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        try:
            self._check_attributes(given, directory=directory)
        except WriteError:
            os.close(self.folder)
            raise

    def _check_attributes(self, given: str, *, directory: bool) -> None:
        """Refuse a folder, or a file to replace, whose attributes forbid the rename."""
        _refuse_unremovable(self.folder, given)
        if self.existed and not directory:
            _refuse_unreplaceable_file(self.folder, self.name, given)

    def close(self) -> None:
        os.close(self.folder)


# Linux's request for a file's attributes (``chattr``), and those of a folder that forbid
# renaming or removing its entries, for root too.
_FS_IOC_GETFLAGS = 0x80086601
_UNREMOVABLE = {0x10: "immutable (chattr +i)", 0x20: "append-only (chattr +a)"}


def _refuse_unreplaceable_file(folder: int, name: str, given: str) -> None:
    """Refuse to replace the file ``name`` in ``folder`` whose attributes forbid it
    (append-only or immutable): the rename would fail once the whole new file is written."""
    try:
        handle = os.open(name, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK | _CLOEXEC, dir_fd=folder)
    except OSError:
        return  # not readable, or gone: the write says what it finds
    try:
        flags = _attribute_flags(handle)
    finally:
        os.close(handle)
    for bit, what in _UNREMOVABLE.items():
        if flags & bit:
            raise WriteError(errno.EPERM, f"{what}, refusing to replace it", given)


def _attribute_flags(handle: int) -> int:
    """The file system attributes of the open file or folder ``handle`` (``chattr``), or 0
    where the system or the file system keeps none."""
    import fcntl
    import struct

    try:
        (flags,) = struct.unpack("i", fcntl.ioctl(handle, _FS_IOC_GETFLAGS, bytes(4)))
    except OSError:
        return 0
    return int(flags)


def _refuse_unremovable(folder: int, given: str) -> None:
    """Refuse to write in ``folder`` where its attributes forbid renaming or removing an
    entry: the write would fail at its rename, and could not remove its temporary file."""
    flags = _attribute_flags(folder)
    for bit, what in _UNREMOVABLE.items():
        if flags & bit:
            msg = (
                f"in a folder that is {what}, where no file can be replaced nor a temporary"
                " one removed: clear the attribute, or write elsewhere"
            )
            raise WriteError(errno.EPERM, msg, given)


def _stem(name: str) -> str:
    # Cut by bytes, which is what a file system counts: 200 characters may be 800 bytes.
    return os.fsdecode(os.fsencode(name)[:_LONGEST_STEM])


def _temporary_name(name: str, suffix: str = ".tmp") -> str:
    import secrets

    # The process id and where it runs: a later write to the same name, on the same machine
    # and in the same container, removes what a killed writer left.
    return f".{_stem(name)}.{os.getpid()}-{_machine()}-{secrets.token_hex(8)}{suffix}"


#: What follows ``.<name>.`` in a temporary name: the writer's process id, its machine
#: (:func:`_machine`), the random part.
_TEMPORARY = re.compile(r"([0-9]{1,9})-([0-9a-f]{8})-[0-9a-f]{16}\.(?:tmp|old)")


@functools.cache
def _machine() -> str:
    """Eight hex digits that name this machine, its boot and its process id namespace: a
    process id means a process only there. A writer in another container on the same
    volume, or on another host of a network file system, gives other digits, and its
    temporary files are never taken for a dead writer's."""
    import hashlib

    parts = [os.uname().nodename]
    with (
        contextlib.suppress(OSError),
        open("/proc/sys/kernel/random/boot_id", encoding="ascii") as boot,
    ):
        parts.append(boot.read().strip())
    with contextlib.suppress(OSError):
        parts.append(str(os.stat("/proc/self/ns/pid").st_ino))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:8]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's
    return True


def _remove_stale(folder: int, name: str, *, beside: str | None = None) -> None:
    """Remove the temporary files and folders that writes to ``name`` left when their
    process was killed (SIGKILL, a crash, a power cut), which no clean-up of their own could
    remove; never one whose process is alive, this one's included, nor one written on
    another machine or in another container (:func:`_machine`), whose process this one
    cannot see.

    A ``.old`` folder is one a folder export replaced (see :func:`write_directory`): it is
    removed only given ``beside``, the path of ``folder``, and only when everything in it
    can be read and is listed as an earlier export's, so that a user's folder is never."""
    prefix = f".{_stem(name)}."
    for entry in os.listdir(folder):
        found = _TEMPORARY.fullmatch(entry, len(prefix)) if entry.startswith(prefix) else None
        if found is None or found[2] != _machine() or _alive(int(found[1])):
            continue
        if entry.endswith(".old") and (
            beside is None or not _only_listed(os.path.join(beside, entry))
        ):
            continue
        with contextlib.suppress(OSError):  # another write removed it first
            if entry.endswith(".old"):
                _remove_export(folder, entry)
            elif stat.S_ISDIR(os.stat(entry, dir_fd=folder, follow_symlinks=False).st_mode):
                _remove_tree(folder, entry)
            else:
                os.unlink(entry, dir_fd=folder)


def _keep_owner(folder: int, name: str, new: str, mode: int | None = None) -> None:
    """Give ``new`` the owner and group of the file or folder at ``name`` it replaces, when
    this process may (run as root): an export a root job makes every day keeps the file
    the service that reads it owns. Otherwise a new file is its writer's, as any is. Then
    ``mode``, if given (after: a change of owner clears set-group-id), and the extended
    attributes (:func:`_keep_attributes`)."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(FileNotFoundError):
            old = os.stat(name, dir_fd=folder, follow_symlinks=False)
            os.chown(new, old.st_uid, old.st_gid, dir_fd=folder, follow_symlinks=False)
    if mode is not None:
        os.chmod(new, mode, dir_fd=folder)
    _keep_attributes(folder, name, new)


def _keep_owner_on(folder: int, name: str, handle: int) -> None:
    """As :func:`_keep_owner`, on the open new file ``handle``: never through its name,
    which whoever may write to the folder could swap for a hard link to another file between
    its creation and the change of owner."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(FileNotFoundError):
            old = os.stat(name, dir_fd=folder, follow_symlinks=False)
            os.fchown(handle, old.st_uid, old.st_gid)


def _keep_attributes(folder: int, name: str, new: int | str) -> None:
    """Give ``new`` (an open file, or a name in ``folder``) the extended attributes of the
    file or folder at ``name`` it replaces: its access control list
    (``system.posix_acl_access``, and a folder's default one) and the user's own
    attributes, so that a service granted reading by an ACL keeps it after the next
    export. An attribute this process may not set (another's label, a system that keeps
    none) is left out, as is every one of a file this process may not open."""
    if not hasattr(os, "listxattr"):
        return
    flags = os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC
    with contextlib.ExitStack() as opened:
        try:
            old = os.open(name, flags, dir_fd=folder)
            opened.callback(os.close, old)
            if isinstance(new, str):
                new = os.open(new, flags, dir_fd=folder)
                opened.callback(os.close, new)
            attributes = os.listxattr(old)
        except OSError:
            return  # none there, a link, or one this process may not read
        for attribute in attributes:
            with contextlib.suppress(OSError):
                os.setxattr(new, attribute, os.getxattr(old, attribute))


def _create(folder: int, name: str, mode: int | None) -> tuple[IO[bytes], str]:
    """A new file beside ``name``, created exclusively, never through a link: open, and its
    name. With ``mode`` ``None`` it is created as ``open()`` creates a file, its mode and
    access list the umask's or the folder's default ACL's (the kernel ignores the umask
    where the folder has a default ACL); else with ``mode``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
    while True:
        temporary = _temporary_name(name)
        try:
            handle = os.open(temporary, flags, 0o600 if mode is not None else 0o666, dir_fd=folder)
        except FileExistsError:
            continue  # 64 random bits taken: try others
        file = open(handle, "wb")  # noqa: SIM115 -- _written, the one caller, closes it
        try:
            _keep_owner_on(folder, name, handle)
            if mode is not None:
                os.fchmod(handle, mode)
            _keep_attributes(folder, name, handle)
        except BaseException:
            file.close()
            os.unlink(temporary, dir_fd=folder)
            raise
        return file, temporary


def _written(
    folder: int,
    name: str,
    mode: int | None,
    fill: Callable[[IO[bytes], str], object],
    made: list[tuple[int, str]],
) -> str:
    """A new file beside ``name`` (see :func:`_create`) holding what ``fill(file, its name)``
    writes, synced to disk and closed: its name.

    ``made`` gets the folder and the name the moment the file exists, with a stop held
    between (see :func:`_signals_held`): whatever stops the write after, the caller's
    clean-up knows the file, which it removes unless it takes its place."""
    opened: list[IO[bytes]] = []
    try:
        with _signals_held():
            file, temporary = _create(folder, name, mode)
            opened.append(file)
            made.append((folder, temporary))
        fill(file, temporary)
        file.flush()
        os.fsync(file.fileno())
    except BaseException:
        for file in opened:
            with contextlib.suppress(OSError):
                file.close()
        raise
    file.close()
    return temporary


def _remove_files(made: list[tuple[int, str]]) -> None:
    """Remove each file ``(folder, name)`` a write made and did not put in place."""
    for folder, name in made:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=folder)
    made.clear()


def _check_side_files(folder: int, name: str, given: str) -> None:
    for suffix in SQLITE_SIDE_FILES:
        if _exists_in(folder, name + suffix):
            shown = name + suffix
            if os.path.basename(given) != name:
                # A link named the database: the side file is beside the file it leads to.
                with contextlib.suppress(OSError):
                    shown = os.path.join(os.readlink(f"/proc/self/fd/{folder}"), shown)
            msg = (
                f"{shown} is beside it: SQLite keeps that file while a program has the"
                " database open or after one crashed, and the next reader would apply it to"
                " the new file; close that program (or open and close the database with"
                " sqlite3 to recover it), then export again"
            )
            raise WriteError(errno.EBUSY, msg, given)


def _exists_in(folder: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return False
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # no file can have it (x.db-journal of a long x)
            return False
        raise
    return True


def _put_in_place(folder: int, temporary: str, name: str, *, replace: bool, given: str) -> None:
    if replace:
        try:
            os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
        except OSError as exc:
            if exc.errno != errno.EBUSY:
                raise
            # A file bound onto another (a container's volume of one file) stays in place.
            msg = (
                "is a mount point (a file bound onto another), which an export cannot"
                " replace: export to a file beside it, or bind its folder instead"
            )
            raise WriteError(exc.errno, msg, given) from None
    else:
        try:
            # A hard link fails where a file exists, where a rename would replace it.
            os.link(temporary, name, src_dir_fd=folder, dst_dir_fd=folder, follow_symlinks=False)
        except FileExistsError:
            msg = "exists, refusing to replace it"
            raise WriteError(errno.EEXIST, msg, given) from None
        os.unlink(temporary, dir_fd=folder)
    os.fsync(folder)


def _write_in(
    folder: int,
    name: str,
    mode: int | None,
    fill: Callable[[IO[bytes], str], object],
    *,
    given: str,
    replace: bool = True,
    sqlite: bool = False,
) -> None:
    with _naming(given):
        _remove_stale(folder, name)
        made: list[tuple[int, str]] = []
        try:
            temporary = _written(folder, name, mode, fill, made)
            if sqlite:  # once more, as late as can be: a program may have opened it since
                _check_side_files(folder, name, given)
            _put_in_place(folder, temporary, name, replace=replace, given=given)
        except BaseException:
            # BaseException: Ctrl-C and the command line's signal handlers land here too.
            _remove_files(made)
            raise


def write_file(path: str, fill: Callable[[IO[bytes]], None]) -> None:
    """Replace the file ``path`` with what ``fill`` writes to the binary file it is given."""
    target = _Target(path)
    try:
        _write_in(target.folder, target.name, target.mode, lambda file, _: fill(file), given=path)
    finally:
        target.close()


def write_named(
    path: str, fill: Callable[[str], object], *, replace: bool = True, sqlite: bool = False
) -> None:
    """Replace (or, with ``replace=False``, create) the file ``path`` with what ``fill``
    writes to the new empty file whose name it is given; ``sqlite=True`` refuses a target
    with SQLite's side files beside it (see :data:`SQLITE_SIDE_FILES`)."""
    target = _Target(path)
    try:
        if not replace and target.existed:
            raise WriteError(errno.EEXIST, "exists, refusing to replace it", path)
        if sqlite:
            with _naming(path):
                _check_side_files(target.folder, target.name, path)
        folder_path = os.path.dirname(target.path)
        _write_in(
            target.folder,
            target.name,
            target.mode,
            lambda file, temporary: fill(_reopened(file, folder_path, temporary)),
            given=path,
            replace=replace,
            sqlite=sqlite,
        )
    finally:
        target.close()


def _reopened(file: IO[bytes], folder_path: str, temporary: str) -> str:
    """A name by which a library that opens files by name (SQLite) reaches the very file
    the writer made: where the system has them, the file's own descriptor under
    ``/proc/self/fd``, which no one can swap for a link in a shared folder and which is
    ASCII whatever bytes the folder's name holds; else its path."""
    by_descriptor = f"/proc/self/fd/{file.fileno()}"
    if os.path.exists(by_descriptor):
        return by_descriptor
    return os.path.join(folder_path, temporary)


#: How many files :func:`_sync_tree` syncs at once.
_SYNC_THREADS = 16


def _sync_path(path: str, flags: int) -> None:
    handle = os.open(path, os.O_RDONLY | flags | _CLOEXEC)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_tree(folder: str) -> None:
    """Sync every file under ``folder`` to disk, then every folder, each after those in it.

    Each file gets its own ``fsync`` (what POSIX promises durable), but many run at once: a
    journaling file system commits the syncs that wait together in one go, where one after
    the other each waits for a commit of its own (4,717 files of 9 kB on ext4: 5-12 s in
    turn, 0.4 s sixteen at a time, about what ``syncfs`` of the whole disk takes).
    """
    from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

    files: list[str] = []
    folders: list[str] = []
    for root, _, names in os.walk(folder):
        folders.append(root)
        files.extend(os.path.join(root, name) for name in names)
    pool = ThreadPoolExecutor(max_workers=_SYNC_THREADS, thread_name_prefix="sync")
    try:
        try:
            syncs = [pool.submit(_sync_path, path, _NOFOLLOW) for path in files]
        except RuntimeError:
            # No thread could start (a limit on memory or threads): the files in turn, a
            # few seconds more for thousands of them rather than no export.
            syncs = []
            for path in files:
                _sync_path(path, _NOFOLLOW)
        done, _ = wait(syncs, return_when=FIRST_EXCEPTION)
        for sync in done:
            sync.result()  # raises a failure
    finally:
        # After a failure or Ctrl-C, the files not yet started are dropped (the caller
        # removes the folder): only the syncs under way are waited for.
        pool.shutdown(cancel_futures=True)
    # Then the folders, whose entries name files already on disk; the top one last.
    for root in reversed(folders):
        _sync_path(root, _DIRECTORY)


def _remove_tree(folder: int, name: str) -> None:
    import shutil

    # With dir_fd, rmtree never follows a link inside the tree.
    shutil.rmtree(name, dir_fd=folder)


def _remove_export(folder: int, name: str) -> None:
    """Remove the folder an export replaced, its listing last: one whose removal is cut
    short (a signal, a kill) is still wholly listed, and the next export to the same target
    removes the rest (:func:`_remove_stale`)."""
    flags = os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW | _CLOEXEC
    handle = os.open(name, flags, dir_fd=folder)
    try:
        for entry in os.listdir(handle):
            if entry == LISTING:
                continue
            if stat.S_ISDIR(os.stat(entry, dir_fd=handle, follow_symlinks=False).st_mode):
                _remove_tree(handle, entry)
            else:
                os.unlink(entry, dir_fd=handle)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(LISTING, dir_fd=handle)
    finally:
        os.close(handle)
    os.rmdir(name, dir_fd=folder)


#: The file :meth:`Folder.write_all` lists its renames in while it makes them.
JOURNAL = ".ballerina-data-journal"
#: The names of the data files a journal may list: a data folder's files, as curate writes
#: them (``sources.json``, ``entities.json``, ``claims/<id>.json``, ``texts/<id>.txt``).
_JOURNALED = re.compile(r"(?:sources|entities)\.json|claims/[^/\0]+\.json|texts/[^/\0]+\.txt")

#: The file a folder export lists its files in, so that the next export into the folder
#: knows them from files someone else put there.
LISTING = ".ballerina-data-files"
#: The largest listing read, as large as the largest catalog file: a line of a few tens of
#: bytes per file, for over a million files.
MOST_LISTED_BYTES = 2**26


def _walk_error(error: OSError) -> None:
    raise error


def _entries_in(folder: str) -> Iterator[str]:
    """The paths, relative to ``folder``, of everything in it at any depth, the top level
    first: a folder's with a trailing ``/``, a link's (never followed) as a file's.

    Raises:
        OSError: a folder in it cannot be read (the error's ``filename`` is its path); what
            cannot be read cannot be told to be an export's.
    """
    for root, folders, files in os.walk(folder, onerror=_walk_error):
        inside = os.path.relpath(root, folder)
        prefix = "" if inside == "." else f"{inside}/"
        for name in files:
            yield prefix + name
        for name in folders:
            link = os.path.islink(os.path.join(root, name))
            yield prefix + name + ("" if link else "/")


def _stamp(path: str, *, folder: int | None = None) -> str | None:
    """A file's size and modification time, as the listing keeps them: a file an export
    wrote and someone changed since, or put in its place, is no longer the export's; nor is
    one a planted listing names, whose times a clone or copy sets anew. With ``folder``,
    ``path`` is a name inside that open folder."""
    try:
        info = os.stat(path, dir_fd=folder, follow_symlinks=False)
    except OSError:
        return None
    return f"{info.st_size}\t{info.st_mtime_ns}"


#: The first line of a listing: the format of the export that wrote the folder. A file's
#: line holds a tab and a folder's ends in '/', so this line is neither.
_FORMAT_LINE = "format: "


def _write_listing(folder: str, export_format: str) -> None:
    listed = "".join(
        f"{name}\n" if name.endswith("/") else f"{name}\t{_stamp(os.path.join(folder, name))}\n"
        for name in sorted(_entries_in(folder))
    )
    with open(os.path.join(folder, LISTING), "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(f"{_FORMAT_LINE}{export_format}\n{listed}")


def _listed(folder: str) -> tuple[str | None, dict[str, str]]:
    """The format the export that wrote ``folder`` recorded (``None`` if its listing has no
    format line), and what it listed: each file's stamp by its name, and the folders and
    the listing itself (with an empty stamp); ``None`` and nothing for a folder no export
    wrote."""
    flags = os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC
    try:
        handle = os.open(os.path.join(folder, LISTING), flags)
    except OSError:
        return None, {}
    try:
        # Anything but a regular file of a listing's size (a folder, a device, a giant
        # file of that name) is no export's listing: the folder is then not an export's.
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MOST_LISTED_BYTES:
            return None, {}
        with open(handle, "rb", closefd=False) as file:
            content = file.read(info.st_size + 1)
        if len(content) > info.st_size:  # it grew since: no finished listing
            return None, {}
        lines = content.decode("utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return None, {}
    finally:
        os.close(handle)
    export_format = None
    if lines and lines[0].startswith(_FORMAT_LINE):
        export_format = lines.pop(0).removeprefix(_FORMAT_LINE)
    # A file's line is its name, a tab and its stamp; a folder's, its name and a '/'. A
    # listing with any other line is not one an export wrote.
    listed = dict(line.partition("\t")[::2] for line in lines)
    if export_format == "" or any(
        not name or (not stamp) != name.endswith("/") for name, stamp in listed.items()
    ):
        return None, {}
    # A folder holding a listed file is the export's too.
    within = {name[: end + 1] for name in listed for end in range(len(name)) if name[end] == "/"}
    return export_format, {LISTING: "", **dict.fromkeys(within, ""), **listed}


def _unlisted(folder: str) -> Iterator[str]:
    """What is in ``folder``, at any depth, that no earlier export listed, or listed with
    another stamp, the top level first; raises ``OSError`` as :func:`_entries_in` does."""
    _, ours = _listed(folder)
    for name in _entries_in(folder):
        stamp = ours.get(name)
        if stamp is None or (
            name != LISTING
            and not name.endswith("/")
            and stamp != _stamp(os.path.join(folder, name))
        ):
            yield name


def _refuse_mount_points_below(folder: str, given: str) -> None:
    """Refuse to replace ``folder`` that has a mount point below it, as
    ``/proc/self/mountinfo`` tells where the system has one: a volume or a bind mount
    inside an old export holds another folder's files, which match the listing when copied
    there, and removing the old export would delete them. (A mount of the same file system
    has the same device number, so ``os.path.ismount`` cannot tell it.)"""
    try:
        with open("/proc/self/mountinfo", "rb") as file:
            lines = file.read().splitlines()
    except OSError:
        return
    real = os.path.realpath(folder)
    found = []
    for line in lines:
        fields = line.split(b" ")
        if len(fields) < 5:
            continue
        # The mount point, with a space, tab, newline or backslash written in octal.
        point = os.fsdecode(re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), fields[4]))
        if point.startswith(real + os.sep):
            found.append(os.path.relpath(point, real))
    if found:
        msg = (
            f"holds a mount point ({', '.join(sorted(found)[:3])}), whose files removing the"
            " old export would delete, refusing to replace it; give a new or empty folder"
        )
        raise WriteError(errno.EBUSY, msg, given)


def _only_listed(folder: str) -> bool:
    try:
        return next(_unlisted(folder), None) is None
    except OSError:
        return False


def write_directory(path: str, fill: Callable[[str], object], *, export_format: str) -> None:
    """Replace the folder ``path`` with the one ``fill`` writes into the new empty folder
    whose path it is given: an export of ``export_format``.

    A missing folder is created as ``mkdir()`` creates one (mode ``0o777`` less the umask,
    or what its folder's default ACL gives); an existing one keeps its
    mode and is replaced only when everything in it, files and folders at any depth, was
    written by an earlier export of the same format (which listed them in :data:`LISTING`
    after a line naming its format, folders with a trailing ``/``, files with their size
    and modification time, as this one does; a folder holding a listed file counts as
    listed), each file unchanged since, and can be read; otherwise it is refused, before
    anything is renamed, and left as it is. A listing with no format line, as none had
    before formats were recorded, is refused too: what wrote it cannot be told. An
    entirely empty folder is replaced. Between the two renames that put the new folder
    in place, a reader may for a moment find no folder at ``path``. The old folder, renamed
    aside, is removed listing last: a stop (Ctrl-C, a signal) finishes removing it first,
    and what a kill leaves of it is still wholly listed, so the next write removes it.
    """
    target = _Target(path, directory=True)
    folder = target.folder
    temporary = _temporary_name(target.name)
    made: list[str] = []  # the new folder, the moment it exists
    try:
        with _naming(path):
            _remove_stale(folder, target.name, beside=os.path.dirname(target.path))
            try:
                with _signals_held():  # the folder and its note in one step
                    # Private while it is written: in a folder others may write in, no
                    # one else can plant a link inside it for the export to write through.
                    # It takes its mode once complete: a new folder's as mkdir() makes one
                    # (0o777 less the umask), one that replaces another that one's.
                    os.mkdir(temporary, 0o700, dir_fd=folder)
                    made.append(temporary)
                built = os.path.join(os.path.dirname(target.path), temporary)
                fill(built)
                _write_listing(built, export_format)
                _sync_tree(built)
                mode = target.mode if target.mode is not None else _mode_of_a_new_folder(folder)
                _keep_owner(folder, target.name, temporary, mode)
                if not target.existed:
                    _rename_raced(folder, temporary, target.name, path)
                else:
                    _replace_old_export(target, temporary, path, export_format)
                os.fsync(folder)
            except BaseException:
                for name in made:
                    with contextlib.suppress(OSError):
                        _remove_tree(folder, name)
                raise
    finally:
        target.close()


def _mode_of_a_new_folder(folder: int) -> int:
    """The mode ``mkdir()`` gives a new folder in ``folder``: 0o777 less the umask, or what
    its default ACL allows, and its set-group-id bit; read from an empty folder made and
    removed at once (nothing is ever written in it)."""
    probe = _temporary_name("mode")
    os.mkdir(probe, 0o777, dir_fd=folder)
    try:
        return stat.S_IMODE(os.stat(probe, dir_fd=folder, follow_symlinks=False).st_mode)
    finally:
        os.rmdir(probe, dir_fd=folder)


@contextlib.contextmanager
def _gone_as_raced(given: str) -> Iterator[None]:
    """A folder gone from its path (renamed aside by another export since this one looked)
    as the race it is, named as ``given``."""
    try:
        yield
    except WriteError as exc:
        if exc.errno != errno.ENOENT:
            raise
        raise WriteError(exc.errno, _RACED, given) from None


def _replace_old_export(target: _Target, temporary: str, path: str, export_format: str) -> None:
    """Put the new folder ``temporary`` in the place of the existing folder ``target``, and
    remove the old one, as :func:`write_directory` says; under the folder's lock, the one
    curate takes on its output folder: a curate run into it finishes first, or waits and
    then finds the new folder at the path."""
    folder = target.folder
    with _gone_as_raced(path):
        held = Folder(target.path)
    with held:
        with _gone_as_raced(path):
            held.lock()
        # What an earlier export wrote it listed; anything else, at any depth,
        # is someone's (site/film/notes.txt), and replacing would delete it,
        # even a file named as one this export writes (a user's claims.csv).
        # An empty folder someone made (proj/src/module) is someone's too,
        # and so is a folder this process cannot read: it may hold anything.
        try:
            # The first few, top level first: `--output ~` is not walked whole.
            extra = sorted(itertools.islice(_unlisted(target.path), 4))
        except OSError as exc:
            unread = exc.filename if isinstance(exc.filename, str | bytes) else "."
            where = os.path.relpath(os.fsdecode(unread), target.path)
            msg = (
                f"holds a folder this process cannot read ({where}), refusing"
                " to replace it; give a new or empty folder"
            )
            raise WriteError(errno.EACCES, msg, path) from None
        if extra:
            shown = ", ".join(extra[:3]) + (" ..." if len(extra) > 3 else "")
            msg = (
                f"holds files or folders no export wrote, or changed since"
                f" ({shown}), refusing to replace it; give a new or empty folder"
            )
            raise WriteError(errno.ENOTEMPTY, msg, path)
        _check_old_export(target.path, export_format, path)
        old = _temporary_name(target.name, ".old")
        # A stop (Ctrl-C, a signal) waits until the old folder is renamed aside,
        # the new one in its place and the old one removed.
        with _signals_held():
            _rename_raced(folder, target.name, old, path)
            # Checked again, aside: a file someone wrote there since the check
            # above (not under the lock) is theirs, and stays where it was.
            aside = os.path.join(os.path.dirname(target.path), old)
            if not _only_listed(aside):
                _rename_raced(folder, old, target.name, path)
                msg = (
                    "changed while it was being replaced (another write ran at"
                    " the same time), refusing to replace it; run it again"
                )
                raise WriteError(errno.EAGAIN, msg, path)
            _rename_raced(folder, temporary, target.name, path)
            os.fsync(folder)
            try:
                _remove_export(folder, old)
            except OSError as exc:
                # The export is in place: say so, and where the old folder is.
                msg = (
                    f"written, but the folder it replaced, renamed to {old}, could"
                    f" not be removed ({exc.strerror or exc}); remove it yourself"
                )
                raise WriteError(exc.errno or errno.EIO, msg, path) from None


def _refuse_the_working_folder(path: str) -> None:
    """Refuse a folder ``path`` that is this process's working folder or holds it: replaced,
    it would leave the shell that ran the export in a removed folder, where every next
    command fails with no word of why."""
    try:
        here = os.path.realpath(os.getcwd())
        there = os.path.realpath(path)
    except (OSError, ValueError):  # a working folder already removed is in no folder
        return
    if os.path.isdir(there) and os.path.commonpath([here, there]) == there:
        msg = "is the current folder or holds it, refusing to replace it; give a new folder"
        raise WriteError(errno.EBUSY, msg, path)


def _check_old_export(folder: str, export_format: str, given: str) -> None:
    """Refuse to replace an old export ``folder`` that holds a mount point
    (:func:`_refuse_mount_points_below`), or that an export of another format wrote: the
    user who points a site at the folder of a data package did not mean to delete the
    package."""
    _refuse_mount_points_below(folder, given)
    recorded, listed = _listed(folder)
    if not listed or recorded == export_format:  # an empty folder, or an earlier one
        return
    wrote = f"a {recorded} export" if recorded is not None else "an export that recorded no format"
    msg = (
        f"holds {wrote}, refusing to replace it with a {export_format} export; give another"
        " folder, or remove that one first"
    )
    raise WriteError(errno.EEXIST, msg, given)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and the termination signals while a few system calls run as one step: a
    stop lands before them or after them all, never between.

    Two uses. A set of renames, so that a stop between two no longer leaves half a set in
    place, with no record of the rename just made. And the creation of a name (a temporary
    file or folder, a kept link, a folder on the way to a data file) together with its note
    in the list the clean-up removes, so that a stop the moment the name exists, before
    the note, no longer leaves it behind.

    Held in Python, not by a signal mask: a mask is per thread, and a signal the process
    gets goes to any thread that does not mask it, while Python runs every handler in the
    main thread. Each signal that comes meanwhile is noted, and raised again once the
    handlers the program had are back (one the program ignores stays ignored). Only the
    main thread can set handlers; elsewhere, nothing is held. Nor is a signal whose handler
    was set outside Python (by a program that embeds it, a server's graceful stop): Python
    cannot set such a handler back, and the program's own handler is the one to run.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(number: int, _: object) -> None:
        caught.append(number)

    previous = {}
    try:
        # Inside the try: a handler that runs between two of these is set back too.
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            # None: a handler set outside Python, which Python could not set back.
            if number is not None and signal.getsignal(number) is not None:
                previous[number] = signal.signal(number, note)
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        for number in dict.fromkeys(caught):
            signal.raise_signal(number)


def _rename_raced(folder: int, source: str, target: str, given: str) -> None:
    """Rename inside ``folder``; a folder another write put at ``target`` (or moved from
    ``source``) in the meantime is one line that says so, not a bare "Directory not empty"."""
    try:
        os.rename(source, target, src_dir_fd=folder, dst_dir_fd=folder)
    except OSError as exc:
        if exc.errno == errno.EBUSY:
            msg = (
                "is a mount point (or the system's own), which an export cannot replace:"
                " export into a new folder inside it"
            )
            raise WriteError(exc.errno, msg, given) from None
        if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT):
            raise
        raise WriteError(exc.errno, _RACED, given) from None


# What an export that lost a race to another write into its target says.
_RACED = (
    "another write to it ran at the same time and changed it first; this one wrote nothing:"
    " export again"
)


def _staged(folder: int, name: str, content: bytes, given: str, made: list[tuple[int, str]]) -> str:
    """A new file beside ``name`` holding ``content``, synced: its name, in ``made`` the
    moment it exists (see :func:`_written`)."""
    mode: int | None = None  # new: as open() gives it
    try:
        info = os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        pass
    else:
        mode = _check_replaceable(info, given)
    _remove_stale(folder, name)
    return _written(folder, name, mode, lambda file, _: file.write(content), made)


class _Kept:
    """Renames that replace a set of files, each replaced file kept (a hard link beside it)
    until :meth:`drop`, so that a failure midway (a rename refused, Ctrl-C) can :meth:`undo`
    them all: the files put back, those new in their place removed."""

    def __init__(self) -> None:
        self.done: list[tuple[int, str, str | None]] = []  # folder, name, kept (None: new)
        self.links: dict[tuple[int, str], str | None] = {}

    def keep(self, folder: int, name: str) -> str | None:
        """Link the file at ``name`` (if any) to a new name beside it, which it returns."""
        kept = _temporary_name(name) if _exists_in(folder, name) else None
        with _signals_held():  # the link and its note in one step: undo() removes it
            if kept is not None:
                os.link(name, kept, src_dir_fd=folder, dst_dir_fd=folder, follow_symlinks=False)
            self.links[folder, name] = kept
        return kept

    def replace(self, folder: int, temporary: str, name: str) -> None:
        """Put ``temporary`` in the place of ``name``, which :meth:`keep` has kept."""
        kept = self.links[folder, name]
        os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
        self.done.append((folder, name, kept))

    def undo(self) -> None:
        for folder, name, kept in reversed(self.done):
            with contextlib.suppress(OSError):
                if kept is None:
                    os.unlink(name, dir_fd=folder)
                else:
                    os.replace(kept, name, src_dir_fd=folder, dst_dir_fd=folder)
        self.done.clear()
        self.drop()  # the links of files not yet replaced

    def drop(self) -> None:
        for kept_at, kept in self.links.items():
            if kept is not None:
                with contextlib.suppress(OSError):  # a later write removes what is left
                    os.unlink(kept, dir_fd=kept_at[0])
        self.done.clear()
        self.links.clear()


def _link_to_nothing(path: str) -> str | None:
    """The first link to nothing among the missing folders of ``path``: ``path`` itself or
    an ancestor (``LINK/sub``, whose ``LINK`` points nowhere)."""
    head = path.rstrip("/") or path
    while head and not os.path.exists(head):
        if os.path.islink(head):
            return head
        head = os.path.dirname(head)
    return None


class Folder:
    """An output folder, opened once (a link the caller named is followed), whose files are
    read and written by their names inside it, never through a symbolic link.

    Use it as a context manager; :meth:`lock` takes an exclusive ``fcntl`` lock on the folder
    until it is closed, so that two read-merge-writes into one folder run one after the other.
    """

    def __init__(self, path: str, *, create: bool = False) -> None:
        if not isinstance(path, str):  # bytes: the names inside it are joined as str
            msg = f"expected a folder's path as str, got {type(path).__name__} {path!r:.60}"
            raise TypeError(msg)
        if not path:  # "" would be the current folder
            raise WriteError(errno.ENOENT, "an empty path is not a folder", path)
        self.given = path
        _check_no_nul(path)
        _check_link_owner(path)
        with _naming(path):
            real = os.path.realpath(path)
            dangling = _link_to_nothing(path)
            if dangling is not None:
                # A link to nothing, the folder or one on its way: whoever planted it would
                # choose where the files go.
                msg = "a symbolic link to a missing folder, refusing to create its target"
                raise WriteError(errno.ENOENT, msg, dangling)
            if create:
                os.makedirs(real, exist_ok=True)
            self.fd = os.open(real, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        self._real = real

    def __enter__(self) -> Folder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        os.close(self.fd)  # which releases the lock

    def lock(self, *, shared: bool = False) -> None:
        """Wait for, then hold, the folder's lock: shared to read, exclusive to write.

        A :meth:`write_all` whose process was killed between its renames left its journal:
        under the exclusive lock, the files it replaced are put back first."""
        import fcntl

        with _naming(self.given):
            while True:
                if _exists_in(self.fd, JOURNAL):
                    fcntl.flock(self.fd, fcntl.LOCK_EX)
                    self._roll_back_or_say_why_not()
                fcntl.flock(self.fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
                # A folder export that held the lock may have put a new folder in this
                # one's place: what is written here then goes to the folder at the path.
                held, there = os.fstat(self.fd), os.stat(self._real)
                if (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino):
                    return
                # Opened before the old one is closed: where the open fails (the folder
                # moved away again), the folder still holds the one descriptor it closes.
                fresh = os.open(self._real, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
                os.close(self.fd)
                self.fd = fresh

    def _roll_back_or_say_why_not(self) -> None:
        """:meth:`_roll_back`; where this process may not write in the folder (a read-only
        mount, another user's folder), one line that says what the folder needs."""
        try:
            self._roll_back()
        except WriteError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            msg = (
                f"holds the journal ({JOURNAL}) of a curate run that was stopped, which must"
                f" be undone before the folder is read, and this process may not write there"
                f" ({exc.strerror or exc}): read the folder once where it can be written (any"
                " command given it as --catalog undoes the run), or restore it from a copy"
            )
            raise WriteError(exc.errno, msg, self.given) from None

    def _roll_back(self) -> None:
        """Undo the renames a journal lists (see :meth:`write_all`), then remove it.

        Raises:
            WriteError: the journal is not one :meth:`write_all` writes (a line that is not
                a data file's name and a temporary name beside it): nothing is done, as a
                journal that came with a copied or cloned folder may name anything. Or a
                file it lists is neither as the run left it nor as it found it (the folder
                was copied, or changed since): nothing is done either.
        """
        if not _exists_in(self.fd, JOURNAL):  # another process rolled it back first
            return
        steps: list[tuple[int, str, str, bool | None]] = []
        try:
            for relative, kept, stamp in self._journal_entries():
                parent, name = self._parent(relative)
                steps.append((parent, name, kept, None))  # closed below, whatever happens
                undo = self._undoing(parent, name, kept, stamp)
                steps[-1] = (parent, name, kept, undo)
                if undo is None:
                    msg = (
                        f"holds the journal of a curate run that was stopped, but {relative}"
                        " was changed, copied or removed since: the run cannot be undone"
                        f" safely, so nothing is done; restore the folder from a copy, or"
                        f" check its files and remove {JOURNAL}"
                    )
                    raise WriteError(errno.EINVAL, msg, self.given)
            for parent, name, kept, undo in steps:
                with contextlib.suppress(FileNotFoundError):  # never made, or never replaced
                    if undo and kept:
                        os.replace(kept, name, src_dir_fd=parent, dst_dir_fd=parent)
                    elif undo:
                        os.unlink(name, dir_fd=parent)
                    elif kept:
                        os.unlink(kept, dir_fd=parent)  # a link to the file still in place
                os.fsync(parent)
        finally:
            for parent, *_ in steps:
                os.close(parent)
        os.unlink(JOURNAL, dir_fd=self.fd)
        os.fsync(self.fd)

    @staticmethod
    def _undoing(parent: int, name: str, kept: str, stamp: str) -> bool | None:
        """Whether the rename a journal line lists took place (the file at ``name`` is the
        one it stamped), so that it is undone; ``False`` where it surely did not (no file,
        or the kept link is that very file); ``None`` where it cannot be told: the folder
        was copied (links and times not kept) or its files changed since."""
        if _stamp(name, folder=parent) == stamp:
            return True
        try:
            now = os.stat(name, dir_fd=parent, follow_symlinks=False)
        except FileNotFoundError:
            return False if not kept else None  # new and never put in place; or lost
        if not kept:
            return None  # a file where the run was to make a new one
        try:
            link = os.stat(kept, dir_fd=parent, follow_symlinks=False)
        except FileNotFoundError:
            return None
        return False if (now.st_dev, now.st_ino) == (link.st_dev, link.st_ino) else None

    def _journal_entries(self) -> list[tuple[str, str, str]]:
        """The journal's lines, each a data file's name inside the folder, the temporary
        name beside it that keeps the file it replaced (empty for a new file) and the new
        file's stamp, all checked before any is acted on."""
        content = self.read(JOURNAL, what="journal")
        entries = []
        try:
            lines = content.decode("utf-8").split("\n")
        except UnicodeDecodeError:
            lines = ["\0"]  # refused below, as any line that is not a journal's
        for line in lines[:-1] if lines[-1] == "" else [*lines, "\0"]:
            relative, tab, rest = line.partition("\t")
            kept, _, stamp = rest.partition("\t")
            name = relative.rpartition("/")[2]
            stem = re.escape(_stem(name))
            if not (
                tab
                and _JOURNALED.fullmatch(relative)
                and re.fullmatch(r"[0-9]+\t-?[0-9]+", stamp)
                and (
                    not kept
                    or re.fullmatch(
                        rf"\.{stem}\.[0-9]{{1,9}}-[0-9a-f]{{8}}-[0-9a-f]{{16}}\.tmp", kept
                    )
                )
            ):
                msg = (
                    f"holds a journal ({JOURNAL}) that no curate run wrote, refusing to act on"
                    " it; remove it if no run was stopped while writing here"
                )
                raise WriteError(errno.EINVAL, msg, self.given)
            entries.append((relative, kept, stamp))
        return entries

    def path_of(self, relative: str) -> str:
        """The path of ``relative`` as the user named the folder, for messages."""
        return os.path.join(self.given, relative)

    def _parent(
        self, relative: str, *, made: list[tuple[int, str]] | None = None
    ) -> tuple[int, str]:
        """The open folder holding ``relative`` (opened without following links), its name.

        With ``made``, a missing folder on the way is created, and ``made`` gets the folder
        it is in (a new descriptor) and its name, so that it can be removed again."""
        *steps, name = relative.split("/")
        if any(step in ("", ".", "..") for step in (*steps, name)):
            msg = "not a name inside the output folder"
            raise WriteError(errno.EINVAL, msg, self.path_of(relative))
        current = os.dup(self.fd)
        try:
            for step in steps:
                if made is not None:
                    # The folder and its note in one step (see _signals_held).
                    with contextlib.suppress(FileExistsError), _signals_held():
                        beside = os.dup(current)
                        try:
                            os.mkdir(step, dir_fd=beside)
                        except BaseException:
                            os.close(beside)
                            raise
                        made.append((beside, step))
                flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
                try:
                    following = os.open(step, flags, dir_fd=current)
                except OSError as exc:
                    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                        msg = (
                            "not a folder (a symbolic link?) inside the output folder,"
                            " refusing to follow it"
                        )
                        raise WriteError(errno.ELOOP, msg, self.path_of(step)) from None
                    raise
                os.close(current)
                current = following
        except BaseException:
            os.close(current)
            raise
        return current, name

    def exists(self, relative: str) -> bool:
        """Whether ``relative`` names anything, a link included, inside the folder."""
        with _naming(self.path_of(relative)):
            try:
                parent, name = self._parent(relative)
            except FileNotFoundError:
                return False
            try:
                return _exists_in(parent, name)
            finally:
                os.close(parent)

    def read(self, relative: str, *, what: str) -> bytes:
        """The bytes of the regular file ``relative`` inside the folder, never through a link.

        Raises:
            InvalidDataError: not a regular file, or too big (see ``read_file``).
            OSError: it cannot be read.
        """
        from ._format import read_file

        parent, name = self._parent(relative)
        try:
            return read_file(name, what=what, dir_fd=parent, shown=self.path_of(relative))
        finally:
            os.close(parent)

    def write_all(self, files: Mapping[str, bytes]) -> None:
        """Replace (or create) each file ``relative`` inside the folder with its content, all
        of them or none.

        Each file is written whole under a temporary name beside it and synced; only once
        every one is, each takes its place, in the order given, each file it replaces kept
        (a hard link) until all have. A failure (a full disk, a refusal, a rename refused
        midway, Ctrl-C) removes every temporary file and every folder this call created,
        and leaves the files it would have replaced as they were. While the renames run, a
        journal (:data:`JOURNAL`) lists them: a process killed outright between two is
        undone by the next :meth:`lock` of the folder, by any process.
        """
        made: list[tuple[int, str]] = []  # the folders created, to remove on failure
        temporaries: list[tuple[int, str]] = []  # the files created, to remove on failure
        parents: list[int] = []
        checked: set[str] = set()  # the folders (relative) whose attributes allow the write
        staged: list[tuple[int, str, str, str]] = []  # folder, temporary name, name, path
        kept = _Kept()
        try:
            for relative, content in files.items():
                given = self.path_of(relative)
                with _naming(given):
                    parent, name = self._parent(relative, made=made)
                    parents.append(parent)  # closed whatever follows: a dup of the lock's
                    folder_of = relative.rpartition("/")[0]
                    if folder_of not in checked:  # each folder's attributes read once
                        _refuse_unremovable(parent, given)
                        checked.add(folder_of)
                    temporary = _staged(parent, name, content, given, temporaries)
                    staged.append((parent, temporary, name, given))
            # The journal names each file and the link that keeps the one it replaces, so
            # that a process killed between two renames is undone by the next lock.
            backups = []
            for (parent, _, name, _), relative in zip(staged, files, strict=True):
                with _naming(self.path_of(relative)):
                    backups.append(kept.keep(parent, name))
            # With each new file's size and time: a rollback undoes only a rename that took
            # place, and a journal that came with a copied folder names no file as it is.
            journal = "".join(
                f"{relative}\t{backup or ''}\t{_stamp(temporary, folder=parent)}\n"
                for (parent, temporary, _, _), relative, backup in zip(
                    staged, files, backups, strict=True
                )
            )
            with _naming(self.path_of(JOURNAL)):
                staged_journal = _staged(
                    self.fd, JOURNAL, journal.encode("utf-8"), self.given, temporaries
                )
            # Stopped (Ctrl-C, a signal) before the journal is in place or after the commit,
            # never between: a stop between two renames left half the set in place.
            with _signals_held():
                with _naming(self.path_of(JOURNAL)):
                    os.replace(staged_journal, JOURNAL, src_dir_fd=self.fd, dst_dir_fd=self.fd)
                    os.fsync(self.fd)
                for parent, temporary, name, given in staged:
                    with _naming(given):
                        kept.replace(parent, temporary, name)
                temporaries.clear()  # all in place
                for parent in parents:
                    with _naming(self.given):
                        os.fsync(parent)
                with _naming(self.path_of(JOURNAL)):
                    os.unlink(JOURNAL, dir_fd=self.fd)  # the commit: from here on, no undoing
                    os.fsync(self.fd)
                kept.drop()
        except BaseException:
            # BaseException: Ctrl-C and the command line's signal handlers land here too.
            # A rename needs no space, so only a rare failure stops them midway: then the
            # files already renamed over others are put back.
            kept.undo()
            with contextlib.suppress(OSError):
                os.unlink(JOURNAL, dir_fd=self.fd)
            _remove_files(temporaries)
            for folder, name in reversed(made):
                with contextlib.suppress(OSError):
                    os.rmdir(name, dir_fd=folder)
            raise
        finally:
            for parent in parents:
                os.close(parent)
            for folder, _ in made:
                os.close(folder)


#: The largest derived file read to tell whether an earlier write made it: a bigger one is
#: not one of those (a Datasette file of the largest catalog is a few megabytes).
_LARGEST_DERIVED = 64 * 2**20


def _content(target: _Target) -> bytes | None:
    """The content of the regular file at ``target``, never through a link; None if it
    cannot be read or is over :data:`_LARGEST_DERIVED` bytes."""
    flags = os.O_RDONLY | _NOFOLLOW | _CLOEXEC | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(target.name, flags, dir_fd=target.folder)
    except OSError:  # unreadable, or replaced by a link or a FIFO since
        return None
    with open(handle, "rb") as file:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _LARGEST_DERIVED:
            return None
        try:
            return file.read(_LARGEST_DERIVED + 1)
        except OSError:
            return None


def _check_written_together(
    named: _Target, derived: _Target, given: str, ours: Callable[[bytes], bool]
) -> None:
    """Refuse to replace ``derived`` unless ``ours`` says its content is what an earlier
    such write made, unchanged (by what the write puts in the file, not by its time, which
    a copy, a clone or a script that writes its own file before exporting gives any
    value); the named file itself, and a derived one not there yet, pass."""
    if derived is named or not derived.existed:
        return
    content = _content(derived)
    if content is None or len(content) > _LARGEST_DERIVED or not ours(content):
        msg = (
            f"exists, and no earlier export wrote it with {named.given} (or it was changed"
            " since), refusing to replace it; move it, or export to another name"
        )
        raise WriteError(errno.EEXIST, msg, given)


def write_together(
    files: list[tuple[str, Callable[[str], object], bool]], *, ours: Callable[[bytes], bool]
) -> None:
    """Replace several files as a set: each ``(path, fill, sqlite)`` as :func:`write_named`
    writes it, but every file is written to its temporary name and synced before any takes
    its place. A failure while writing (a full disk at the last file) removes every
    temporary file and leaves every target as it was; only the renames, which need no room,
    come after.

    The first path is the one the caller named, which may be a symbolic link; the others
    are derived from it (``x.metadata.json`` beside ``x.db``), and a link at one of them is
    refused, never followed, as a link inside an output folder is. A file at a derived path
    is replaced only as one an earlier such write made and no one changed since, which
    ``ours(its content)`` tells (by a mark the write puts in it); a file of the user's own
    there (or one edited later) is refused."""
    targets: list[_Target] = []
    written: list[tuple[_Target, str]] = []
    made: list[tuple[int, str]] = []  # the files created, to remove on failure
    kept = _Kept()
    try:
        for index, (path, _, sqlite) in enumerate(files):
            target = _Target(path, derived=index > 0)
            targets.append(target)
            with _naming(path):
                _check_written_together(targets[0], target, path, ours)
            if sqlite:
                with _naming(path):
                    _check_side_files(target.folder, target.name, path)
        for target, (path, fill, _) in reversed(list(zip(targets, files, strict=True))):
            with _naming(path):
                _remove_stale(target.folder, target.name)
                folder_path = os.path.dirname(target.path)
                # Called before the loop goes on: the variables are this turn's.
                temporary = _written(
                    target.folder,
                    target.name,
                    target.mode,
                    lambda file, temporary: fill(_reopened(file, folder_path, temporary)),  # noqa: B023
                    made,
                )
                written.append((target, temporary))
        for (target, _), (path, _, sqlite) in zip(written, files, strict=True):
            with _naming(path):
                if sqlite:  # once more, as late as can be
                    _check_side_files(target.folder, target.name, path)
                kept.keep(target.folder, target.name)
        # Stopped (Ctrl-C, a signal) before the renames or after them all, never between.
        with _signals_held():
            for (target, temporary), (path, _, _) in zip(reversed(written), files, strict=True):
                with _naming(path):
                    kept.replace(target.folder, temporary, target.name)
            made.clear()  # all in place
            for target, (path, _, _) in zip(targets, files, strict=True):
                with _naming(path):
                    os.fsync(target.folder)
            kept.drop()
    except BaseException:
        # BaseException: Ctrl-C and the command line's signal handlers land here too. The
        # files already in place are put back: the set is replaced whole or not at all.
        kept.undo()
        _remove_files(made)
        raise
    finally:
        for target in targets:
            target.close()
