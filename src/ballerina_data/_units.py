"""The units an amount is given in: units of time, read in any of the forms the sources
write them, and currency codes, told by their shape."""

from __future__ import annotations

import enum
import functools
import re

__all__ = ["SECONDS", "UnitKind", "unit_word"]

#: Short forms of the units the sources write, by the word they stand for.
_UNIT_FORMS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "sec": "second"}

#: Units of time by the seconds in one: their amounts compare in seconds ("2 hours" and
#: "100 minutes" conflict as durations).
SECONDS = {"second": 1, "minute": 60, "hour": 3600}

# As ISO 4217 writes a currency: three uppercase Latin letters ("USD"). Checked by shape
# alone: the library keeps no table of currencies.
_CURRENCY_CODE = re.compile(r"[A-Z]{3}", re.ASCII)


@functools.lru_cache(maxsize=1024)
def unit_word(unit: str) -> str:
    """The word a unit stands for: its case and a plural's ``s`` folded away, a short form
    read as its word ("min", "Minutes" and "minute" are "minute"; "USD" is "usd")."""
    folded = unit.strip().casefold()
    folded = _UNIT_FORMS.get(folded, folded)
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") else folded


class UnitKind(enum.Enum):
    """The kind of unit the amount of a :class:`Quantity` value of a predicate is in (see
    :attr:`Predicate.unit`)."""

    #: A unit of time: second, minute or hour, in any case, plural or short form ("min",
    #: "mins", "hr", "hrs", "sec").
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
            return unit_word(unit) in SECONDS
        return _CURRENCY_CODE.fullmatch(unit) is not None

    @property
    def described(self) -> str:
        """The units of this kind, as a message names them."""
        if self is UnitKind.TIME:
            return "a unit of time (second, minute, hour; plural or short: min, hrs, sec)"
        return "a currency code (three uppercase letters, as ISO 4217 writes them: USD)"
