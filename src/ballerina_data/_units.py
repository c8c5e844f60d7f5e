"""The kinds of unit an amount of a predicate is in, and the units of time: what loading a
catalog checks. Apart from `_figures`, whose reading of figures in prose compiles its
patterns on import, which a query need not wait for."""

from __future__ import annotations

import decimal
import enum
import re

__all__ = ["CURRENCY_CODE", "EXACT_AMOUNTS", "TIME_UNITS", "UnitKind"]

#: A currency as ISO 4217 writes it: three uppercase Latin letters ("USD"). Told by its
#: shape alone: the library keeps no table of every currency.
CURRENCY_CODE = re.compile("[A-Z]{3}")
#: Units of time by their seconds, as a quote writes them after a number.
TIME_UNITS = {
    **dict.fromkeys(("second", "seconds", "sec", "secs"), 1),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), 60),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), 3600),
}


#: The decimal context amounts are scaled, added and normalized in: exact at any number of
#: digits. The default keeps 28 significant digits, and would make two amounts that differ
#: only further down one value. Multiplying, adding and normalizing never need more digits
#: than their result has; nothing divides in it, and a rounding would raise.
EXACT_AMOUNTS = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.Inexact, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


class UnitKind(enum.Enum):
    """The kind of unit the amount of a :class:`Quantity` value of a predicate is in (see
    :attr:`Predicate.unit`)."""

    #: A unit of time: second, minute or hour, in any case, singular, plural or short
    #: ("min", "hrs", "h", "secs"), as :data:`TIME_UNITS` reads them.
    TIME = "time"
    #: A currency, as its ISO 4217 code: three uppercase letters ("USD"). The shape is
    #: checked, not the code: "US$", "usd" and "dollars" are refused, "XYZ" is not.
    CURRENCY = "currency"

    def takes(self, unit: str) -> bool:
        """Whether ``unit`` is a unit of this kind.

        >>> UnitKind.TIME.takes("mins"), UnitKind.TIME.takes("USD")
        (True, False)
        >>> UnitKind.CURRENCY.takes("USD"), UnitKind.CURRENCY.takes("US$")
        (True, False)
        """
        if self is UnitKind.TIME:
            return unit.strip().casefold() in TIME_UNITS
        return CURRENCY_CODE.fullmatch(unit) is not None

    @property
    def described(self) -> str:
        """The units of this kind, as a message names them."""
        if self is UnitKind.TIME:
            return "a unit of time (second, minute, hour; plural or short: min, hrs, h, secs)"
        return "a currency code (three uppercase letters, as ISO 4217 writes them: USD)"
