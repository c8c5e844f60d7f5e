"""Public JSON functions for single records; cattrs is imported on first use."""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["from_json", "to_json"]

T = TypeVar("T")


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialize a record (or a tuple of records) to JSON text.

    >>> from ballerina_data import PartialDate, Text
    >>> to_json(Text(text="revenge flick"))
    '{"text": "revenge flick"}'
    >>> to_json(PartialDate(year=2023, month=10, day=6))
    '"2023-10-06"'
    """
    from ._convert import dumps, unstructure

    return dumps(unstructure(obj), indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a record of type ``cls`` from JSON text.

    >>> from ballerina_data import Quantity
    >>> from_json('{"amount": "400000000", "unit": "USD", "bound": "at_least"}', Quantity)
    Quantity(amount=Decimal('400000000'), unit='USD', bound=<Bound.AT_LEAST: 'at_least'>)

    Raises:
        InvalidDataError: the text is not JSON, or not a valid ``cls``; the message names the
            path of each bad field, e.g. ``expected an integer, got str '3' @ $.evidence.start``.
    """
    from ._convert import loads, structure

    return structure(loads(text), cls)
