"""Verification of a catalog against its source texts: hashes, quotes and names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from ._normalize import normalize
from ._records import Claim, Entity, Source

__all__ = ["Problem", "names_found", "verify"]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing :meth:`Catalog.verify` found wrong: where, and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def verify(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    entities: Iterable[Entity],
    texts: Mapping[str, str],
) -> tuple[Problem, ...]:
    """Every problem with the texts, quotes and names; see :meth:`Catalog.verify`."""
    import hashlib

    problems = []
    for source in sources:
        text = texts.get(source.id)
        if text is None:
            problems.append(Problem(where=source.id, message="source text is missing"))
            continue
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        if digest != source.sha256:
            problems.append(
                Problem(
                    where=source.id,
                    message=f"text does not match its sha256: {digest} != {source.sha256}",
                )
            )
    for claim in claims:
        problems.extend(
            Problem(where=claim.id, message=message) for message in _quote_problems(claim, texts)
        )
    problems.extend(_unsourced_names(entities, texts.values()))
    return tuple(problems)


def _quote_problems(claim: Claim, texts: Mapping[str, str]) -> Iterable[str]:
    text = texts.get(claim.source)
    if text is None:
        return  # reported once, with the source
    evidence = claim.evidence
    found = text[evidence.start : evidence.end]
    if found != evidence.quote:
        yield (
            f"quote not at {evidence.start}..{evidence.end} of {claim.source}: "
            f"expected {evidence.quote!r}, found {found!r}"
        )
    elif not (
        text.endswith(evidence.prefix, 0, evidence.start)
        and text.startswith(evidence.suffix, evidence.end)
    ):
        yield f"prefix or suffix does not surround the quote in {claim.source}"


def _unsourced_names(entities: Iterable[Entity], texts: Iterable[str]) -> Iterable[Problem]:
    """Names that occur, as whole words after normalization, in no text."""
    wanted = [(entity.id, name, normalize(name)) for entity in entities for name in entity.names]
    found = names_found((key for _, _, key in wanted), texts)
    for entity_id, name, key in wanted:
        if key not in found:
            yield Problem(where=entity_id, message=f"name {name!r} occurs in no source text")


def names_found(keys: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The normalized names of ``keys`` that occur, as whole words, in some text (and the
    empty name, which is no word to look for).

    Each text's words are read once; only where a word begins some name are the words
    after it joined and looked up, so time grows with the texts' length, and memory holds
    one text's words, not every sequence of them.
    """
    keys = {key for key in keys if key}
    lengths_by_first: dict[str, set[int]] = {}
    for key in keys:
        first, *rest = key.split()
        lengths_by_first.setdefault(first, set()).add(1 + len(rest))
    found = {""}
    for text in texts:
        words = normalize(text).split()
        for start, word in enumerate(words):
            for length in lengths_by_first.get(word, ()):
                sequence = " ".join(words[start : start + length])
                if sequence in keys:
                    found.add(sequence)
    return found


attrs.resolve_types(Problem, globalns=globals())  # here, where every name is defined
Problem.__module__ = "ballerina_data"
