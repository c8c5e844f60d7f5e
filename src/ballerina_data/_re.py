"""The :mod:`re` functions the rules of the data call, over a cache of compiled patterns
large enough for them.

The rules read each claim's sentence with about a thousand patterns, many of them built
for the claim (a name, a value); :mod:`re` keeps only the last 512 it compiled, so reading
claim after claim compiled most of them again for every claim (the shipped catalog's first
``verify()``: 939 compilations of 914 patterns, over half its time; a catalog of 10,000
credits, about 2 ms a claim). The rules' modules import this one as ``re``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from re import DOTALL, IGNORECASE, NOFLAG, Match, Pattern, RegexFlag, escape
from typing import Any

__all__ = [
    "DOTALL",
    "IGNORECASE",
    "NOFLAG",
    "Match",
    "Pattern",
    "RegexFlag",
    "compile",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

#: How many compiled patterns are kept: the rules' own (about a thousand), and those built
#: for the names and values of a large catalog's claims, each a few KiB at the most.
CACHED_PATTERNS = 16_384


@functools.lru_cache(maxsize=CACHED_PATTERNS)
def compile(pattern: str | Pattern[str], flags: int | RegexFlag = 0) -> Pattern[str]:
    """:func:`re.compile`, cached."""
    return re.compile(pattern, flags)


def search(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def split(
    pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int | RegexFlag = 0
) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int | RegexFlag = 0,
) -> str:
    return compile(pattern, flags).sub(repl, string, count)
