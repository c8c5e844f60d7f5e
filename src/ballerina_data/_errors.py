"""The exceptions ballerina_data raises on bad input and unknown ids."""

from __future__ import annotations

__all__ = ["BallerinaDataError", "IntegrityError", "InvalidDataError", "NotFoundError"]


class BallerinaDataError(Exception):
    """Base class of every exception raised by ballerina_data."""


class InvalidDataError(BallerinaDataError, ValueError):
    """Input that is not valid ballerina_data JSON; ``problems`` lists each one with its path."""

    def __init__(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


class IntegrityError(InvalidDataError):
    """Records that are valid one by one but not together: duplicate ids, dangling references."""


class NotFoundError(BallerinaDataError, KeyError):
    """An id that is not in the catalog; the message suggests close matches."""

    def __str__(self) -> str:
        # KeyError would show the repr of the message, quotes and all.
        return str(self.args[0])
