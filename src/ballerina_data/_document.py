"""The catalog JSON document as the converter reads and writes it.

Only the strict converter needs these classes: they are imported with it, not with the
package.
"""

from __future__ import annotations

import attrs

from ._records import Character, Claim, Film, Organization, Person, Source

__all__ = ["Document", "Entities"]


@attrs.frozen(kw_only=True)
class Entities:
    """The entities file of the shipped data."""

    films: tuple[Film, ...] = ()
    people: tuple[Person, ...] = ()
    characters: tuple[Character, ...] = ()
    organizations: tuple[Organization, ...] = ()


@attrs.frozen(kw_only=True)
class Document:
    """The catalog JSON format, version 1."""

    #: Checked by :func:`._format.read_document` before anything else is read.
    format_version: int
    sources: tuple[Source, ...] = ()
    films: tuple[Film, ...] = ()
    people: tuple[Person, ...] = ()
    characters: tuple[Character, ...] = ()
    organizations: tuple[Organization, ...] = ()
    claims: tuple[Claim, ...] = ()
    texts: dict[str, str] = attrs.field(factory=dict)
