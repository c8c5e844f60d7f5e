"""The exceptions ballerina_data raises on bad input and unknown ids."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AmbiguousNameError",
    "BallerinaDataError",
    "IntegrityError",
    "InvalidDataError",
    "InvalidQueryError",
    "MissingDependencyError",
    "NotFoundError",
    "WriteError",
]

#: How many problems an :class:`InvalidDataError` keeps; it counts the rest in ``omitted``.
MAX_PROBLEMS = 20


class BallerinaDataError(Exception):
    """Base class of every exception raised by ballerina_data."""


class InvalidDataError(BallerinaDataError, ValueError):
    """A record, document or file that is not valid; ``problems`` says where and what.

    Takes one message or an iterable of them. The first 20 are kept in ``problems``;
    ``omitted`` counts the rest (plus any the caller counted and did not pass), so a huge
    bad file makes a short message.

    >>> str(InvalidDataError("bad value"))
    'bad value'
    >>> str(InvalidDataError(f"problem {n}" for n in range(25)))[-31:]
    'problem 19; and 5 more problems'
    """

    def __init__(self, problems: str | Iterable[str], *, omitted: int = 0) -> None:
        if isinstance(problems, str):
            problems = (problems,)
        kept: list[str] = []
        for problem in problems:
            if len(kept) < MAX_PROBLEMS:
                kept.append(problem)
            else:
                omitted += 1
        self.problems = tuple(kept)
        self.omitted = omitted
        message = "; ".join(self.problems)
        if omitted:
            message += f"; and {omitted} more problem{'s' if omitted > 1 else ''}"
        super().__init__(message)


class IntegrityError(InvalidDataError):
    """Records that are valid one by one but not together: duplicate ids, dangling references,
    or a claim whose subject or value is not of a kind its predicate takes."""


class InvalidQueryError(BallerinaDataError, ValueError):
    """A query the library cannot answer as asked: an empty or letterless name or query, an
    unknown predicate, crew role, kind or export format, or a limit or size below 1."""


class MissingDependencyError(BallerinaDataError, ModuleNotFoundError):
    """An optional dependency that a format needs and that is not installed; the message
    names the extra that installs it, and ``name`` the missing module.

    It is a :class:`ModuleNotFoundError` as well: ``except BallerinaDataError`` and
    ``except ImportError`` both catch it.

    >>> error = MissingDependencyError("pyarrow", "parquet")
    >>> str(error)
    'the parquet format needs pyarrow: pip install "ballerina-data[parquet]"'
    >>> isinstance(error, ImportError), error.name, error.extra
    (True, 'pyarrow', 'parquet')
    """

    def __init__(self, module: str, extra: str) -> None:
        message = f'the {extra} format needs {module}: pip install "ballerina-data[{extra}]"'
        super().__init__(message, name=module)
        self.extra = extra


class NotFoundError(BallerinaDataError, KeyError):
    """An id or name that is not in the catalog; the message suggests close matches."""

    def __str__(self) -> str:
        # KeyError would show the repr of the message, quotes and all.
        return str(self.args[0])


class AmbiguousNameError(BallerinaDataError, LookupError):
    """A name that several entities have; ``candidates`` holds them, and the message says
    which ``kind=`` or ``year=`` tells them apart."""

    def __init__(self, message: str, candidates: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class WriteError(BallerinaDataError, OSError):
    """A file or folder the library was asked to write that it refused or could not write.

    It is an :class:`OSError` as well, with ``errno``, ``strerror`` and ``filename`` (the
    path the caller gave, never a temporary name): ``except BallerinaDataError`` and
    ``except OSError`` both catch it.

    >>> error = WriteError(28, "No space left on device", "out.json")
    >>> isinstance(error, OSError), error.filename, error.strerror
    (True, 'out.json', 'No space left on device')
    """
