"""The one choice of JSON encoder: orjson where the ``fast`` extra installed it, else the
standard library's json. Both give the same text; reading JSON stays with json, whose hook
sees each object's keys (orjson keeps the last of a duplicate key without a word).
"""

from __future__ import annotations

import json
import types
from typing import Any

__all__ = ["dumps"]

# orjson writes the shipped catalog's records in about a tenth of json's time.
_orjson: types.ModuleType | None
try:
    import orjson as _orjson
except ModuleNotFoundError:
    _orjson = None


#: The deepest indent a JSON text takes: a million spaces a line made one claim 26 MB.
MOST_INDENT = 8


def dumps(
    data: Any, *, indent: int | None = None, ascii_only: bool = False, compact: bool = False
) -> str:
    """Serialize JSON-ready data, keeping non-ASCII characters as they are unless
    ``ascii_only`` (for an output that cannot encode them); ``compact`` leaves out the
    spaces after ``,`` and ``:``, and goes through orjson where it is installed.

    Raises:
        TypeError: ``indent`` is neither an int nor None (a bool is neither).
        InvalidQueryError: ``indent`` is below 0 or over :data:`MOST_INDENT`.
    """
    if indent is not None and (type(indent) is not int or not 0 <= indent <= MOST_INDENT):
        if type(indent) is not int:
            msg = f"indent must be an int or None, got {type(indent).__name__} {indent!r:.40}"
            raise TypeError(msg)
        from ._errors import InvalidQueryError
        from ._validators import short_repr

        msg = f"indent must be 0 to {MOST_INDENT}, got {short_repr(indent)}"
        raise InvalidQueryError(msg)
    if compact and indent is None and not ascii_only:
        if _orjson is not None:
            try:
                text: str = _orjson.dumps(data).decode()
            except TypeError:  # what orjson cannot write (an integer past 64 bits): json can
                pass
            else:
                return text
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=ascii_only, indent=indent)
