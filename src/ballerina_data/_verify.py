"""Verification of a catalog against its source texts: hashes, quotes and names."""

from __future__ import annotations

import re
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


#: How much of a text is normalized and split into words at once: a long text's words are
#: read a piece at a time, so memory holds one piece's words, not the whole text's.
PIECE = 2**20
# Where a piece may end: after whitespace, before an ASCII character. Normalization never
# joins across such a point (an ASCII character composes with nothing before it), so the
# pieces' words are the whole text's.
_PIECE_END = re.compile(r"\s(?=[\x00-\x7f])")


def _pieces(text: str) -> Iterable[str]:
    start = 0
    while start < len(text):
        cut = _PIECE_END.search(text, start + PIECE)
        end = len(text) if cut is None else cut.end()
        yield text[start:end]
        start = end


def names_found(keys: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The normalized names of ``keys`` that occur, as whole words, in some text (and the
    empty name, which is no word to look for).

    Each text's words are read once, a piece at a time; only where a word begins some name
    not yet found are the words after it joined and looked up, so time grows with the
    texts' length, and memory holds one piece's words, not every sequence of them.
    """
    keys = {key for key in keys if key}
    # Each first word, to the names not yet found that it begins, by their second word
    # ("" for a name of one word): a common first word ("the") costs a look-up, not a join.
    wanted: dict[str, dict[str, set[str]]] = {}
    for key in keys:
        first, second, *_ = [*key.split(), ""]
        wanted.setdefault(first, {}).setdefault(second, set()).add(key)
    longest = max((len(key.split()) for key in keys), default=1)
    found = {""}
    for text in texts:
        carried: list[str] = []
        pieces = list(_pieces(text)) if len(text) > PIECE else [text]
        for number, piece in enumerate(pieces):
            words = [*carried, *normalize(piece).split(), ""]
            # A name starting in the last words may run on into the next piece: those
            # words are carried over, and looked at there.
            end = len(words) - 1
            last = end if number == len(pieces) - 1 else max(end - longest + 1, 0)
            for start in range(last):
                by_second = wanted.get(words[start])
                if by_second is None:
                    continue
                for second in ("", words[start + 1]):
                    names = by_second.get(second)
                    if names is None:
                        continue
                    for name in list(names):
                        if " ".join(words[start : start + name.count(" ") + 1]) == name:
                            found.add(name)
                            names.discard(name)
                    if not names:
                        del by_second[second]
                if not by_second:
                    del wanted[words[start]]
            carried = words[last:end]
    return found


attrs.resolve_types(Problem, globalns=globals())  # here, where every name is defined
Problem.__module__ = "ballerina_data"
