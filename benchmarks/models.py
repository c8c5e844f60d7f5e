"""The baselines' models: msgspec Structs and pydantic v2 models equivalent to ``Claim``.

Both read and write the same JSON as ``ballerina_data``: the value tagged by ``type``, enums
by value, decimals as strings, dates as EDTF strings, default values left out (except a
quantity's ``bound``, which the library always writes). Both check what the attrs records
check cheaply: non-empty strings, ``start >= 0`` and ``end - start == len(quote)``; dates are
parsed into an object as ``PartialDate`` is. Enums are the library's own.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
import pydantic

from ballerina_data import Bound, Medium, Predicate, Status, TitleKind

__all__ = [
    "Date",
    "MClaim",
    "PClaim",
    "msgspec_decoder",
    "msgspec_encoder",
    "pydantic_adapter",
]

_EDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Date:
    """An EDTF partial date (``2024``, ``2023-21``, ``2024-06``, ``2024-06-07``), checked."""

    __slots__ = ("day", "month", "season", "year")

    def __init__(
        self, year: int, month: int | None = None, day: int | None = None, season: int | None = None
    ) -> None:
        self.year, self.month, self.day, self.season = year, month, day, season

    @classmethod
    def parse(cls, text: str) -> Date:
        match = _EDTF.fullmatch(text)
        if match is None:
            msg = f"not an EDTF date: {text!r}"
            raise ValueError(msg)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is not None and 21 <= month <= 24 and day is None:
            return cls(year, season=month)
        if month is not None and not 1 <= month <= 12:
            msg = f"not a month: {month}"
            raise ValueError(msg)
        if day is not None:
            datetime.date(year, month or 1, day)  # raises for a day the month does not have
        return cls(year, month, day)

    def __str__(self) -> str:
        if self.season is not None:
            return f"{self.year:04d}-{self.season}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Date) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


# msgspec

_NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]


class _Struct(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    pass


class MEvidence(msgspec.Struct, frozen=True, kw_only=True):
    quote: _NonEmpty
    start: Annotated[int, msgspec.Meta(ge=0)]
    end: int
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if self.end - self.start != len(self.quote):
            msg = "'end' - 'start' must equal the quote's length"
            raise ValueError(msg)


class MEntityRef(_Struct, kw_only=True, tag_field="type", tag="entity"):
    id: _NonEmpty


class MText(_Struct, kw_only=True, tag_field="type", tag="text"):
    text: _NonEmpty


class MDateValue(_Struct, kw_only=True, tag_field="type", tag="date"):
    date: Date


class MQuantity(_Struct, kw_only=True, tag_field="type", tag="quantity"):
    amount: Decimal
    unit: _NonEmpty
    bound: Bound  # always written, as the library does


class MQualifiers(_Struct, kw_only=True):
    character: _NonEmpty | None = None
    region: _NonEmpty | None = None
    medium: Medium | None = None
    status: Status | None = None
    date: Date | None = None
    title_kind: TitleKind | None = None


class MClaim(_Struct, kw_only=True):
    id: _NonEmpty
    subject: _NonEmpty
    predicate: Predicate
    value: MEntityRef | MText | MDateValue | MQuantity
    qualifiers: MQualifiers = MQualifiers()
    source: _NonEmpty
    evidence: MEvidence
    note: _NonEmpty | None = None


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Date):
        return str(obj)
    msg = f"cannot encode {type(obj).__name__}"
    raise NotImplementedError(msg)


def _dec_hook(type_: type, obj: Any) -> Any:
    if type_ is Date and isinstance(obj, str):
        return Date.parse(obj)
    msg = f"cannot decode {type_.__name__}"
    raise NotImplementedError(msg)


def msgspec_encoder() -> msgspec.json.Encoder:
    return msgspec.json.Encoder(enc_hook=_enc_hook)


def msgspec_decoder() -> msgspec.json.Decoder[tuple[MClaim, ...]]:
    return msgspec.json.Decoder(tuple[MClaim, ...], dec_hook=_dec_hook)


def msgspec_convert(data: Any) -> tuple[MClaim, ...]:
    """Claims from JSON-ready data (strings are shared with ``data``, not copied)."""
    return msgspec.convert(data, tuple[MClaim, ...], dec_hook=_dec_hook)


# pydantic


def _date_from(value: Any) -> Date:
    if isinstance(value, Date):
        return value
    if isinstance(value, str):
        return Date.parse(value)
    msg = "expected an EDTF date string"
    raise ValueError(msg)


_PDate = Annotated[
    Date,
    pydantic.PlainValidator(_date_from),
    pydantic.PlainSerializer(str, return_type=str),
]
_PNonEmpty = Annotated[str, pydantic.Field(min_length=1)]


class _Model(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(
        frozen=True, extra="forbid", strict=True, arbitrary_types_allowed=True
    )


class PEvidence(_Model):
    quote: _PNonEmpty
    start: Annotated[int, pydantic.Field(ge=0)]
    end: int
    prefix: str = ""
    suffix: str = ""

    @pydantic.model_validator(mode="after")
    def _check_end(self) -> PEvidence:
        if self.end - self.start != len(self.quote):
            msg = "'end' - 'start' must equal the quote's length"
            raise ValueError(msg)
        return self


class PEntityRef(_Model):
    type: Literal["entity"]
    id: _PNonEmpty


class PText(_Model):
    type: Literal["text"]
    text: _PNonEmpty


class PDateValue(_Model):
    type: Literal["date"]
    date: _PDate


class PQuantity(_Model):
    type: Literal["quantity"]
    amount: Decimal
    unit: _PNonEmpty
    bound: Bound


class PQualifiers(_Model):
    character: _PNonEmpty | None = None
    region: _PNonEmpty | None = None
    medium: Medium | None = None
    status: Status | None = None
    date: _PDate | None = None
    title_kind: TitleKind | None = None


class PClaim(_Model):
    id: _PNonEmpty
    subject: _PNonEmpty
    predicate: Predicate
    value: Annotated[
        PEntityRef | PText | PDateValue | PQuantity, pydantic.Field(discriminator="type")
    ]
    qualifiers: PQualifiers = PQualifiers()
    source: _PNonEmpty
    evidence: PEvidence
    note: _PNonEmpty | None = None


def pydantic_adapter() -> pydantic.TypeAdapter[list[PClaim]]:
    return pydantic.TypeAdapter(list[PClaim])
