"""The catalog format as msgspec Structs and pydantic v2 models: the peers a user could reach
for instead of the library, of the same JSON shape (defaults omitted, claim values a union
tagged by ``type``), checking what a JSON schema of the format would check: field types,
enum values, required fields, no unknown fields.

They do less than the library (no cross-references, no offsets checked against quotes, no
index), which the benchmark rows say; they are the bar for the JSON work itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal

import attrs
import msgspec
import pydantic

from ballerina_data import Bound, Medium, Predicate, Status, TitleKind, WorkKind

__all__ = [
    "MsgspecCatalog",
    "PydanticCatalog",
    "bare_attrs_floor",
    "msgspec_round_trip",
    "pydantic_round_trip",
]

PredicateValue = Literal[tuple(p.value for p in Predicate)]  # type: ignore[valid-type]  # built from the enum
StatusValue = Literal[tuple(s.value for s in Status)]  # type: ignore[valid-type]
MediumValue = Literal[tuple(m.value for m in Medium)]  # type: ignore[valid-type]
TitleKindValue = Literal[tuple(t.value for t in TitleKind)]  # type: ignore[valid-type]
WorkKindValue = Literal[tuple(w.value for w in WorkKind)]  # type: ignore[valid-type]
BoundValue = Literal[tuple(b.value for b in Bound)]  # type: ignore[valid-type]


# --- msgspec --------------------------------------------------------------------------------


class _Struct(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, frozen=True):
    pass


class MEntity(_Struct, tag="entity", tag_field="type"):
    id: str


class MText(_Struct, tag="text", tag_field="type"):
    text: str


class MDate(_Struct, tag="date", tag_field="type"):
    date: str


class MQuantity(_Struct, tag="quantity", tag_field="type"):
    amount: Decimal
    unit: str
    bound: BoundValue = "exact"


class MEvidence(_Struct):
    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""


class MQualifiers(_Struct):
    character: str | None = None
    region: str | None = None
    medium: MediumValue | None = None
    status: StatusValue | None = None
    date: str | None = None
    title_kind: TitleKindValue | None = None


class MClaim(_Struct):
    id: str
    subject: str
    predicate: PredicateValue
    value: MEntity | MText | MDate | MQuantity
    source: str
    evidence: MEvidence
    qualifiers: MQualifiers = MQualifiers()
    note: str | None = None


class MSource(_Struct):
    id: str
    sha256: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    published_note: str | None = None
    language: str = "en"
    note: str | None = None


class MAlias(_Struct):
    name: str
    kind: TitleKindValue = "alternative_title"


class MFilm(_Struct):
    id: str
    kind: WorkKindValue
    title: str
    aliases: tuple[MAlias, ...] = ()
    year: int | None = None
    description: str | None = None


class MNamed(_Struct):
    id: str
    name: str
    aliases: tuple[str, ...] = ()


class MsgspecCatalog(_Struct):
    format_version: int
    sources: tuple[MSource, ...]
    films: tuple[MFilm, ...]
    people: tuple[MNamed, ...]
    characters: tuple[MNamed, ...]
    organizations: tuple[MNamed, ...]
    claims: tuple[MClaim, ...]
    texts: dict[str, str]


_DECODER = msgspec.json.Decoder(MsgspecCatalog)
_ENCODER = msgspec.json.Encoder(decimal_format="string")


def msgspec_round_trip(text: str) -> str:
    return _ENCODER.encode(_DECODER.decode(text)).decode()


# --- pydantic -------------------------------------------------------------------------------


class _Model(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True, strict=True)


class PEntity(_Model):
    type: Literal["entity"]
    id: str


class PText(_Model):
    type: Literal["text"]
    text: str


class PDate(_Model):
    type: Literal["date"]
    date: str


class PQuantity(_Model):
    # JSON has amounts as strings of digits; lax mode here, as pydantic reads Decimal.
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
    type: Literal["quantity"]
    amount: Decimal
    unit: str
    bound: BoundValue = "exact"


class PEvidence(_Model):
    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""


class PQualifiers(_Model):
    character: str | None = None
    region: str | None = None
    medium: MediumValue | None = None
    status: StatusValue | None = None
    date: str | None = None
    title_kind: TitleKindValue | None = None


class PClaim(_Model):
    id: str
    subject: str
    predicate: PredicateValue
    value: Annotated[PEntity | PText | PDate | PQuantity, pydantic.Field(discriminator="type")]
    source: str
    evidence: PEvidence
    qualifiers: PQualifiers = PQualifiers()
    note: str | None = None


class PSource(_Model):
    id: str
    sha256: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    published_note: str | None = None
    language: str = "en"
    note: str | None = None


class PAlias(_Model):
    name: str
    kind: TitleKindValue = "alternative_title"


class PFilm(_Model):
    id: str
    kind: WorkKindValue
    title: str
    aliases: tuple[PAlias, ...] = ()
    year: int | None = None
    description: str | None = None


class PNamed(_Model):
    id: str
    name: str
    aliases: tuple[str, ...] = ()


class PydanticCatalog(_Model):
    format_version: int
    sources: tuple[PSource, ...]
    films: tuple[PFilm, ...]
    people: tuple[PNamed, ...]
    characters: tuple[PNamed, ...]
    organizations: tuple[PNamed, ...]
    claims: tuple[PClaim, ...]
    texts: dict[str, str]


def pydantic_decode(text: str) -> PydanticCatalog:
    return PydanticCatalog.model_validate_json(text)


def pydantic_encode(catalog: PydanticCatalog) -> str:
    return catalog.model_dump_json(exclude_defaults=True)


def pydantic_round_trip(text: str) -> str:
    return pydantic_encode(pydantic_decode(text))


def msgspec_decode(text: str) -> Any:
    return _DECODER.decode(text)


def msgspec_encode(catalog: Any) -> str:
    return _ENCODER.encode(catalog).decode()


# --- the floor of any attrs design ------------------------------------------------------------


def bare_attrs_floor(text: str) -> Callable[[], object]:
    """What any decoder into attrs records built on the standard json module must at least
    do: ``json.loads`` of the document, and a frozen, slotted attrs instance a JSON object
    with as many fields (made ready beforehand: no walk, no check, no conversion, no index).
    """
    prepared = []
    classes: dict[tuple[str, ...], Any] = {}

    def gather(value: Any) -> None:
        if isinstance(value, dict) and all(key.isidentifier() for key in value):
            keys = tuple(value)
            if keys not in classes:
                classes[keys] = attrs.make_class("Bare", list(keys), frozen=True, slots=True)
            prepared.append((classes[keys], dict.fromkeys(keys)))
        for item in (
            value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        ):
            gather(item)

    gather(json.loads(text))

    def decode() -> object:
        return json.loads(text), [cls(**fields) for cls, fields in prepared]

    return decode
