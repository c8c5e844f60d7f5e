"""How the command line words dates, amounts and statuses for a person reading them.

The records keep the catalog's forms (EDTF dates, unit names as the data writes them, enum
values): ``--json`` and the exports print those. The text a person reads says the same in
words, by one rule, here:

- a season by its name, ``2023-21`` as ``spring 2023``; a year, month or day as EDTF writes
  it (``2024``, ``2024-06``, ``2024-06-07``): those read plainly already;
- an interval by its ends, ``2018/2023-10-06`` as ``2018 to 2023-10-06``, an open end in
  words: ``../2023`` as ``2023 or earlier``, ``2024/..`` as ``2024 or later``;
- an amount with its bound in words (``at least``, ``at most``, ``about``), and a unit that is
  a lower-case word in the plural unless the amount is 1 (``90 minutes``); a code such as
  ``USD`` or ``usd``, or a short form such as ``min`` (three letters or fewer) as it is;
- a status or kind without its underscores (``in development``).
"""

from __future__ import annotations

import enum

from ._records import Bound, DateInterval, PartialDate, Quantity

__all__ = ["amount_words", "date_words", "enum_words"]


def date_words(date: PartialDate | DateInterval) -> str:
    """A date or interval as a reader reads it.

    >>> date_words(PartialDate.parse("2023-21"))
    'spring 2023'
    >>> date_words(DateInterval.parse("2018/2023-10-06"))
    '2018 to 2023-10-06'
    >>> date_words(DateInterval.parse("../2023")), date_words(DateInterval.parse("2024/.."))
    ('2023 or earlier', '2024 or later')
    """
    if isinstance(date, DateInterval):
        if date.start is None:
            assert date.end is not None  # an interval has at least one end
            return f"{date_words(date.end)} or earlier"
        if date.end is None:
            return f"{date_words(date.start)} or later"
        return f"{date_words(date.start)} to {date_words(date.end)}"
    if date.season is not None:
        return f"{date.season.name.lower()} {date.year:04d}"
    return str(date)


_BOUND_WORDS = {
    Bound.EXACT: "",
    Bound.AT_LEAST: "at least ",
    Bound.AT_MOST: "at most ",
    Bound.ABOUT: "about ",
}


def amount_words(quantity: Quantity) -> str:
    """An amount with its bound and unit as a reader reads it.

    >>> from decimal import Decimal
    >>> amount_words(Quantity(amount=Decimal(90), unit="minute"))
    '90 minutes'
    >>> amount_words(Quantity(amount=Decimal(400000000), unit="USD", bound=Bound.AT_LEAST))
    'at least 400,000,000 USD'
    >>> amount_words(Quantity(amount=Decimal(12), unit="usd"))
    '12 usd'
    """
    unit = quantity.unit
    # A currency code is three letters, in either case ("usd" is no word to make plural).
    word = unit.isalpha() and unit.islower() and len(unit) > 3
    if word and quantity.amount != 1 and not unit.endswith("s"):
        unit += "s"  # "90 minutes"; a unit written plural ("hours") stays as it is
    return f"{_BOUND_WORDS[quantity.bound]}{quantity.amount:,f} {unit}"


def enum_words(member: enum.Enum) -> str:
    """A status, medium or kind as words: ``Status.IN_DEVELOPMENT`` is ``in development``."""
    return str(member.value).replace("_", " ")
