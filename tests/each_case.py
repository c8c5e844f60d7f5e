"""Tables of small cases checked in one test each.

A table of sentences for one rule is a few thousand cases of a millisecond or two. As one
pytest item each, collecting, scheduling and reporting them cost more than the checks: the
rule tables took 15 s on one core, most of it pytest's own. ``each`` runs a table in one
item, checks every case (a failing case does not hide the ones after it) and fails with the
id and the error of each failing case.
"""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["each"]


def _case_id(
    number: int, values: tuple[Any, ...], ids: Callable[[Any], object] | Sequence[str] | None
) -> str:
    if ids is None:
        return "-".join(repr(value)[:60] for value in values)
    if callable(ids):
        return "-".join(str(ids(value)) for value in values)
    return ids[number]


def each(
    argnames: str | Sequence[str],
    argvalues: Iterable[Any],
    *,
    ids: Callable[[Any], object] | Sequence[str] | None = None,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Check the decorated test with every case of ``argvalues``, in one pytest item.

    Arguments as ``pytest.mark.parametrize``'s; the test's other arguments stay fixtures.
    """
    names = (
        tuple(name.strip() for name in argnames.split(","))
        if isinstance(argnames, str)
        else tuple(argnames)
    )
    cases = [case if len(names) > 1 else (case,) for case in argvalues]
    if not cases:
        raise ValueError(f"no cases for {names}: an empty table checks nothing")
    for case in cases:
        if len(case) != len(names):
            raise TypeError(f"a case of {names} has {len(case)} values: {case!r}")
    if ids is not None and not callable(ids) and len(ids) != len(cases):
        raise TypeError(f"{len(ids)} ids for {len(cases)} cases of {names}")

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(test)

        @functools.wraps(test)
        def check_each(*bound: Any, **fixtures: Any) -> None:
            failures = []
            for number, case in enumerate(cases):
                try:
                    test(*bound, **fixtures, **dict(zip(names, case, strict=True)))
                # A stacked table's own failure is pytest's outcome, not an Exception.
                except (Exception, pytest.fail.Exception) as error:
                    failures.append(
                        f"[{_case_id(number, case, ids)}]\n{type(error).__name__}: {error}"
                    )
            if failures:
                pytest.fail(
                    f"{len(failures)} of {len(cases)} cases failed:\n\n" + "\n\n".join(failures),
                    pytrace=False,
                )

        check_each.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[p for name, p in signature.parameters.items() if name not in names]
        )
        return check_each

    return decorate
