"""Verification of a catalog against its source texts: hashes, quotes and names."""

from __future__ import annotations

import re
from array import array
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from ._normalize import PIECE, _pieces, _starts_cleanly, fold, normalize
from ._records import Claim, Entity, Source
from ._validators import short_repr

__all__ = ["Problem", "names_found", "names_written", "verify"]


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
            message = f"name {short_repr(name)} occurs in no source text"
            yield Problem(where=entity_id, message=message)


# What stands for a word that no name's word can be (a word has no space).
_NO_WORD = " "


#: How many characters' foldings :func:`_folded` keeps at most.
_MOST_FOLDED = 2**14


def _folded(piece: str, folds: dict[int, str]) -> str:
    """``fold(piece)``, but for runs of spaces. A piece every character of which starts
    cleanly folds a character at a time, each as it folds alone, through ``folds`` (the
    characters' foldings, added to as new ones are met, up to :data:`_MOST_FOLDED`): one
    pass in C, where the compatibility passes over a text of U+FDFA, each character 18
    once folded, took 16 times as long."""
    if piece.isascii():
        return fold(piece)
    new = {character for character in set(piece) if ord(character) not in folds}
    if len(folds) + len(new) > _MOST_FOLDED or not all(map(_starts_cleanly, new)):
        return fold(piece)
    folds.update((ord(character), fold(character)) for character in new)
    return piece.translate(folds)


def _words(text: str, longest: int, folds: dict[int, str]) -> Iterator[list[str]]:
    """The words of ``normalize(text)``, in lists of one piece's words each; a word longer
    than ``longest`` is given as :data:`_NO_WORD`, so that a word spanning pieces is held
    only up to that length. ``folds`` is as for :func:`_folded`."""
    if len(text) <= PIECE:
        yield _folded(text, folds).split()
        return
    carry = ""  # the start of a word the pieces before ended in
    for piece in _pieces(text):
        folded = _folded(piece, folds)
        if not folded:  # marks only: the word goes on
            continue
        words = folded.split()
        if carry:
            if folded[0] == " ":
                words.insert(0, carry)
            else:
                joined = carry + words[0]
                words[0] = joined if len(joined) <= longest else _NO_WORD
        carry = ""
        if folded[-1] != " ":
            carry = words.pop()
        yield words
    if carry:
        yield [carry]


# A run of word characters or one other character: what a name written so is made of.
_TOKEN = re.compile(r"\w+|\W")
_WORD_CHARACTER = re.compile(r"\w")
# What no token is (two characters, not both word characters): a word too long to hold,
# or a step back to no name read.
_NO_TOKEN = "  "


def _token_lists(text: str, longest: int, depth: int, words: set[str]) -> Iterator[list[str]]:
    """The tokens of ``text`` (:data:`_TOKEN`), in lists of one piece's tokens each, as
    :func:`_words` gives the words of a normalized text: a run of word characters longer
    than ``longest`` is given as :data:`_NO_TOKEN`.

    Where a piece has none of ``words`` (the runs of word characters of the names), a
    name written in the text has at most its first or last ``depth`` tokens (the most of
    a name) in the piece, none a run of word characters: only those ends are given, with
    :data:`_NO_TOKEN` between them, which no name goes on through."""
    carry = ""  # the start of a run of word characters the pieces before ended in
    for start in range(0, len(text), PIECE):
        end = min(start + PIECE, len(text))
        tokens = _TOKEN.findall(text, start, end)
        if carry:
            if _WORD_CHARACTER.match(text[start]):
                joined = carry + tokens[0]
                tokens[0] = joined if len(joined) <= longest else _NO_TOKEN
            else:
                tokens.insert(0, carry)
        carry = tokens.pop() if _WORD_CHARACTER.match(text[end - 1]) else ""
        if len(tokens) > 2 * depth and words.isdisjoint(tokens):
            tokens = [*tokens[:depth], _NO_TOKEN, *tokens[-depth:]]
        yield tokens
    if carry:
        yield [carry]


def names_written(names: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The names of ``names`` that some text writes so, character for character, from the
    start of a word (or a character that is none) to the end of one: ``name in text``
    where the name neither starts nor ends inside a word of the text. A name without a
    word character is never found.

    One pass over each text, as :func:`names_found`'s, over its runs of word characters
    and other characters (:func:`_token_lists`): time grows with the texts plus the
    names, never their product, and memory holds one piece of a text at a time.
    """
    tokens = {name: _TOKEN.findall(name) for name in set(names)}
    automaton = _NameAutomaton(
        {name: found for name, found in tokens.items() if _WORD_CHARACTER.search(name)}
    )
    if not automaton.ends:
        return set()
    depth = max(map(len, tokens.values()))
    words = {word for word in automaton.words if _WORD_CHARACTER.match(word)}
    lists = (_token_lists(text, automaton.longest, depth, words) for text in texts)
    return _found(automaton, lists) - {""}


def names_found(keys: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The normalized names of ``keys`` that occur, as whole words, in some text (and the
    empty name, which is no word to look for). A key that is not a normalized name (one
    with spaces at an end or two together) is no run of words, and is never found.

    Each text's words are read once, a piece at a time, through an automaton of the names'
    words (:class:`_NameAutomaton`), and each name is reported once: time grows with the
    texts' words plus the names' words, never their product (joining a name's words at
    each place its first words occur took 7 to 21 s for a 1,000-word name missing from a text
    of 10^6 words that begin it). Memory holds one piece's words and the automaton.
    """
    automaton = _NameAutomaton(
        {key: key.split() for key in keys if key and " ".join(key.split()) == key}
    )
    folds: dict[int, str] = {}
    return _found(automaton, (_words(text, automaton.longest, folds) for text in texts))


def _found(automaton: _NameAutomaton, texts: Iterable[Iterator[list[str]]]) -> set[str]:
    """The names of ``automaton`` found in ``texts``, each given as its words a piece at a
    time (and the empty name)."""
    words, first, more, back = automaton.words, automaton.first, automaton.more, automaton.back
    nearest, ends, starts = automaton.nearest, automaton.ends, automaton.more.get(0, {})
    reported = bytearray(len(words))
    missing = len(ends)
    found = {""}
    vocabulary = set(words)
    for text_words in texts if missing else ():
        state = 0
        for piece_words in text_words:
            if piece_words and vocabulary.isdisjoint(piece_words):
                # No word of the piece is a name's: each leads back to no state, and no
                # name ends (a piece of no word, inside one, leaves the state as it is).
                # One pass in C, which stops at the first name's word: a text of U+FDFA
                # has three words to a character.
                state = 0
                continue
            for word in piece_words:
                while state:  # automaton.step, inline: this runs for every word of every text
                    if first[state] and words[state + 1] == word:
                        state += 1
                        break
                    others = more.get(state)
                    if others is not None and (step := others.get(word)) is not None:
                        state = step
                        break
                    state = back[state]
                else:  # most words of a text start no name: one look-up
                    state = starts.get(word, 0)
                    if not state:
                        continue
                # Every name ending here, each once: a name reported has had the names
                # ending it reported too, so the walk stops at the first.
                done = nearest[state]
                while done and not reported[done]:
                    reported[done] = 1
                    found.add(ends[done])
                    missing -= 1
                    done = nearest[back[done]]
                if not missing:
                    return found
    return found


class _NameAutomaton:
    """Names as runs of words, read a word at a time (Aho-Corasick over words rather than
    characters): a state is a run of words that starts some name; a word leads from it to
    the run one word longer, or, where no name continues so, back to the longest shorter
    run that ends it and does continue.

    The states are numbered in the order of the names' words sorted, so that a state's
    first following state is the next number: ``words[s]`` is the word that leads to
    state s (0 is no word read), ``first[s]`` says whether state s + 1 follows s, and
    ``more[s]`` holds the states after s by other words, so the many states that lead to
    one other have no dict of their own (``more[0]`` holds every name's first word, what
    most words of a text are looked up in). ``ends[s]`` is the name state s completes;
    ``back[s]`` the state to go back to; ``nearest[s]`` the nearest state that completes a
    name on the way back from s, s itself included (0 for none).
    """

    __slots__ = ("back", "ends", "first", "longest", "more", "nearest", "words")

    def __init__(self, names: Mapping[str, list[str]]) -> None:
        """``names``: each name and its words, none empty."""
        self.words = [""]
        self.first = bytearray(1)
        self.more: dict[int, dict[str, int]] = {}
        self.ends: dict[int, str] = {}
        # In a normalized name a space sorts before every character of a word, so sorting
        # the names mostly sorts their runs of words, and so numbers most states next to
        # the one before (no tuple kept a name: the collector would walk them all, the
        # whole loaded catalog with them).
        for name in sorted(names):
            self._add(names[name], name)
        self.longest = max(map(len, self.words))
        self.back = array("q", bytes(8 * len(self.words)))
        self.nearest = array("q", bytes(8 * len(self.words)))
        self._link()

    def _add(self, key_words: list[str], key: str) -> None:
        state = 0
        for word in key_words:
            following = self.step(state, word)
            if following is None:
                following = len(self.words)
                if following == state + 1 and state:  # the first words all in more[0]
                    self.first[state] = 1
                else:
                    self.more.setdefault(state, {})[word] = following
                self.words.append(word)
                self.first.append(0)
            state = following
        self.ends[state] = key

    def _link(self) -> None:
        """Each state's ``back`` and ``nearest``, breadth first: a shorter run's before a
        longer one needs them."""
        queue = deque(self.following(0))
        while queue:
            state = queue.popleft()
            self.nearest[state] = state if state in self.ends else self.nearest[self.back[state]]
            for following in self.following(state):
                word = self.words[following]
                shorter = self.back[state]
                step = self.step(shorter, word)
                while step is None and shorter:
                    shorter = self.back[shorter]
                    step = self.step(shorter, word)
                self.back[following] = step or 0
                queue.append(following)

    def step(self, state: int, word: str) -> int | None:
        """The state after ``state`` by ``word``, if some name continues so."""
        if self.first[state] and self.words[state + 1] == word:
            return state + 1
        others = self.more.get(state)
        return None if others is None else others.get(word)

    def following(self, state: int) -> list[int]:
        """Every state one word after ``state``."""
        return [*((state + 1,) if self.first[state] else ()), *self.more.get(state, {}).values()]


attrs.resolve_types(Problem, globalns=globals())  # here, where every name is defined
Problem.__module__ = "ballerina_data"
