"""Typo-tolerant search across every kind of entity, by title, name and alias.

The scoring, in one paragraph: a query and each name are normalized (as every lookup does)
and split into words; a name also offers each pair of adjacent words joined ("jong seo" as
"jongseo"), and a film its year. Each query word is matched to the closest word of the name:
identical words score 1, words of letters within one edit (a deletion, insertion,
substitution or swap of neighbours; two edits for a query word of seven letters or more;
none for a word of over 24 letters, nor for a query's later words where the names are so
many that their typos would cost over :data:`LEAST_CUTS`) score one less the edits over the
longer word's length, more than 0 (a word every letter of which is changed, "x" for "a", is
no match), and numbers match only themselves. A name's score is three quarters the mean
of its query words' scores plus a quarter the share of the name's words that some query
word matched; a name equal to the query scores 1. A query of several words is also scored
as one word, its words joined ("Ball erina" as "ballerina"), and a name keeps the better
score (below 1, since the name is not the query). An entity ranks by its best name; ties
go to the kind (works, people, characters, organizations), then the year, then the id, so
the order is always the same.
"""

from __future__ import annotations

import operator
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, compress, filterfalse, repeat
from typing import Any, cast

import attrs

from ._arguments import MAX_QUERY
from ._gc import gc_paused
from ._kinds import ENTITY_KINDS, kind_of
from ._normalize import normalize
from ._records import Character, Entity, Film, Organization, Person

__all__ = ["MAX_QUERY", "Match", "SearchIndex"]

_ID = operator.attrgetter("id")

# Among equal scores, the order of the kinds table.
_KIND_ORDER = {kind: number for number, kind in enumerate(ENTITY_KINDS)}
# The same, of a record whose class alone says its kind, found without calling kind_of.
_RECORD_ORDER: dict[type, int] = {
    record: _KIND_ORDER[kind]
    for record, kind in (
        (Person, "person"),
        (Character, "character"),
        (Organization, "organization"),
    )
}


@attrs.frozen(kw_only=True)
class Match:
    """One search result: the entity, the name of it that matched best, and the score."""

    entity: Entity
    #: The title, name or alias that matched, as the catalog writes it.
    name: str
    #: From 0 to 1; 1 is a name equal to the query after normalization.
    score: float

    @property
    def kind(self) -> str:
        """The entity's kind: ``"film"``, ``"tv_series"``, ``"franchise"``, ``"unspecified"``
        (a work the sources do not say is a film or a series), ``"person"``, ``"character"``
        or ``"organization"``; a work's kind is its record's :class:`WorkKind` value."""
        return kind_of(self.entity)


#: Longer words are matched exactly: their variants would cost the square of their length.
FUZZY_WORD_LENGTH = 24

#: Names whose indexed words go into the postings at once.
_BATCH = 4096

#: The words of a name that are indexed and scored, its first: a name is a few words, and a
#: name of thousands would cost an index entry (and a score step) for each.
MAX_NAME_WORDS = 32

#: The cuts (an indexed word less one letter, or less two) a search may make, at most: the
#: larger of this and the number of indexed words. The query's first words whose typos need
#: no more are forgiven; the rest are matched exactly. On a catalog of many names of one
#: length, a 1,000-character query of 125 such words cut every one of them 28 ways.
LEAST_CUTS = 2**20


def _deletions(word: str, letters: int = 1) -> set[str]:
    """``word`` and it less each choice of at most ``letters`` of its letters (itself alone
    past :data:`FUZZY_WORD_LENGTH`): two words within that many edits of each other share
    one, each edit being at most one letter less on each side."""
    found = {word}
    if len(word) <= FUZZY_WORD_LENGTH:
        for _ in range(letters):
            found |= {less[:at] + less[at + 1 :] for less in found for at in range(len(less))}
    return found


def _less(word: str, letters: int) -> set[str]:
    """``word`` less each choice of ``letters`` (one or two) of its letters."""
    if letters == 1:
        return {word[:at] + word[at + 1 :] for at in range(len(word))}
    return {
        word[:first] + word[first + 1 : second] + word[second + 1 :]
        for second in range(1, len(word))
        for first in range(second)
    }


def _maybe(indexed: list[str], once: list[str], twice: list[str]) -> Iterable[str]:
    """The ``indexed`` words (all of one length) that could be one of ``once`` less a
    letter or one of ``twice`` less two: those that keep a third whole where such a
    variant has it. Only these are cut every way in Python.

    Of a word's thirds, one letter gone leaves the first (it is after it) or the last; two
    gone leave the first (both after it), the last (both before it) or the middle (one in
    each of the others), one place earlier. Each check is a slice and a set lookup for each
    word, made by one call for all of them. A word of one or two letters has no thirds.
    """
    length = len(indexed[0])
    third = length // 3
    if not third:
        return indexed
    both = [*once, *twice]
    parts = [
        (slice(0, third), {variant[:third] for variant in both}),
        (slice(length - third, length), {variant[-third:] for variant in both}),
    ]
    if twice:
        middle = slice(third - 1, length - third - 1)
        parts.append((slice(third, length - third), {variant[middle] for variant in twice}))
    maybe: set[str] = set()
    for part, kept in parts:
        of_each = map(operator.getitem, indexed, repeat(part))
        maybe.update(compress(indexed, map(kept.__contains__, of_each)))
    return maybe


def _cuts(length: int) -> int:
    """The ways to cut a word of ``length`` letters less one letter and less two."""
    return length + length * (length - 1) // 2


def _as_words(found: str | tuple[str, ...]) -> tuple[str, ...]:
    return (found,) if isinstance(found, str) else found


def _distance(a: str, b: str, limit: int) -> int:
    """Edits from ``a`` to ``b`` (deletions, insertions, substitutions, swaps of two
    neighbours), or ``limit + 1`` once they exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _allowed_edits(word: str) -> int:
    return 0 if word.isdigit() else (1 if len(word) < 7 else 2)


def _order(entity: Entity) -> tuple[int, int, str]:
    """The order among equal scores: the kind, then a film's year, then the id."""
    if type(entity) is Film:
        year = 10**4 if entity.year is None else entity.year
        return (_KIND_ORDER[kind_of(entity)], year, entity.id)
    return (_RECORD_ORDER[type(entity)], 10**4, entity.id)


def _postings(keys: list[str], owners: list[Entity]) -> dict[str, int | list[int]]:
    """Each word of each name (of normalized ``keys``), each pair of neighbours joined
    ("jong seo" as "jongseo"), and a film's year, to the number of the name it is in, or
    the list of them in order.

    A batch of names at a time, with one call for each step: a step of Python for each word
    would cost as much as loading the catalog. Only strings, numbers and lists are made,
    none of them cyclic: the collector's passes over the whole loaded catalog would cost
    more than the index. A word of one name leads to its number, not a list: most words
    are in one name, and a list of one costs 88 bytes more (60 MB for 100,000 aliases of
    four random words). Each word's first name is kept by one call for a batch's words;
    the others, of a word met before, go to a list, also by one call.
    """
    first: dict[str, int] = {}
    more: defaultdict[str, list[int]] = defaultdict(list)
    for start in range(0, len(keys), _BATCH):
        words = list(map(str.split, keys[start : start + _BATCH]))
        if max(map(len, words)) > MAX_NAME_WORDS:
            words = [split[:MAX_NAME_WORDS] for split in words]
        pairs = map(
            map, repeat(operator.add), words, map(operator.getitem, words, repeat(slice(1, None)))
        )
        for indexed in (words, list(map(list, pairs))):
            found = list(chain.from_iterable(indexed))
            counts = map(len, indexed)
            numbers = list(chain.from_iterable(map(repeat, range(start, len(keys)), counts)))
            # Another name's number where the word was met before: a number is one object
            # for all of a name's words, so a word twice in a name adds nothing (one of its
            # pairs that is also one of its words adds itself again, which changes nothing).
            again = list(map(operator.is_not, map(first.setdefault, found, numbers), numbers))
            if True in again:
                deque(
                    map(
                        list.append,
                        map(more.__getitem__, compress(found, again)),
                        compress(numbers, again),
                    ),
                    maxlen=0,
                )
    for number, entity in enumerate(owners):
        if isinstance(entity, Film) and entity.year:
            year = str(entity.year)
            if first.setdefault(year, number) != number:
                more[year].append(number)
    postings = cast(dict[str, int | list[int]], first)  # the same dict, widened
    for word, numbers in more.items():
        # Each name in order: runs in order, a batch's words then its pairs, the first last.
        numbers.append(first[word])
        numbers.sort()
        postings[word] = numbers
    return postings


class SearchIndex:
    """The names of a catalog's entities, indexed by word.

    A name is a number: its entity, its spelling and its normalized key are at that place in
    three lists, and an indexed word leads to the number of the one name it is in, or to the
    list of them. No object is made per name: a catalog of a million names would hold a
    million of them, and building them cost more than loading the catalog. A name's words
    are split again from its key when a search scores it.

    The words less some letters are not kept: a search reads the indexed words of the
    lengths its words need (a query word of n letters allowed k edits is within them only of
    words of n - k to n + k letters), each less each choice of letters, and keeps those its
    words have. Its memory is that of the index and the query; its time grows with the
    indexed words of those lengths.
    """

    def __init__(self, entities: Iterable[Entity], keys: Mapping[str, str] | None = None) -> None:
        """Index the names of ``entities``; ``keys`` holds names already normalized."""
        owners: list[Entity] = []
        names: list[str] = []
        for entity in entities:
            spellings = entity.names
            owners += repeat(entity, len(spellings))
            names += spellings
        known = {} if keys is None else keys
        name_keys = list(map(known.get, names))
        if None in name_keys:
            name_keys = [
                normalize(name) if key is None else key
                for name, key in zip(names, name_keys, strict=True)
            ]
        if "" in name_keys:  # a name of no letters or digits is never found
            kept = list(map(bool, name_keys))
            owners, names = list(compress(owners, kept)), list(compress(names, kept))
            name_keys = list(compress(name_keys, kept))
        self.entities = owners
        self.names = names
        self.keys = cast(list[str], name_keys)
        with gc_paused():
            self.postings = _postings(self.keys, owners)
            # The indexed words but numbers, by length, for a search's typos: one call.
            self.by_length: defaultdict[int, list[str]] = defaultdict(list)
            lettered = list(filterfalse(str.isdigit, self.postings))
            by_length = map(self.by_length.__getitem__, map(len, lettered))
            deque(map(list.append, by_length, lettered), maxlen=0)

    def _close(self, query_words: Iterable[str]) -> dict[str, set[str]]:
        """Each of ``query_words`` to the indexed words that share a variant with it: the
        word less at most as many letters as it allows edits (:func:`_allowed_edits`), and
        the indexed word less as many. Two words within that many edits share one, so every
        word within them is found; :meth:`_similar` then counts the edits.

        Nothing is kept between searches: a dict of every indexed word less each letter
        took 300 bytes per byte of the catalog (1.3 GB for 4.3 MB of aliases). Instead the
        indexed words of each length a query variant needs are read, a part of each at a
        time (:meth:`_forgiving`, :func:`_maybe`), and no string is kept. Only the query's
        first words within :data:`LEAST_CUTS` are forgiven; the others are sought exactly.
        """
        variants = {word: _deletions(word, _allowed_edits(word)) for word in query_words}
        forgiving, near = self._forgiving(variants)
        # The words past them are matched exactly: each its own only variant.
        exactly = ((word, [word]) for word in variants if word not in forgiving)
        # The variants less one letter of an indexed word are sought among every query
        # word's; those less two, among the variants of the words that allow two edits.
        wanted: defaultdict[str, list[str]] = defaultdict(list)
        wanted_twice: defaultdict[str, list[str]] = defaultdict(list)
        for word, of_word in forgiving.items():
            edits = _allowed_edits(word)
            for variant in of_word:
                wanted[variant].append(word)
                if edits == 2:
                    wanted_twice[variant].append(word)
        close: defaultdict[str, set[str]] = defaultdict(set)
        # An indexed word that is a query word's variant: a dict lookup each.
        for variant, words in chain(wanted.items(), exactly):
            if variant in self.postings and not variant.isdigit():
                for word in words:
                    close[word].add(variant)
        with gc_paused():
            lengths = {len(variant) + 1 for variant in wanted}
            lengths.update(len(variant) + 2 for variant in wanted_twice)
            for length in sorted(lengths):
                indexed = near.get(length)
                if not indexed:
                    continue
                once = [variant for variant in wanted if len(variant) == length - 1]
                twice = [variant for variant in wanted_twice if len(variant) == length - 2]
                for found in _maybe(indexed, once, twice):
                    cuts = chain(_less(found, 1) if once else (), _less(found, 2) if twice else ())
                    for shorter in cuts:
                        sought = wanted if len(shorter) == length - 1 else wanted_twice
                        for word in sought.get(shorter, ()):
                            close[word].add(found)
        return close

    def _forgiving(
        self, variants: dict[str, set[str]]
    ) -> tuple[dict[str, set[str]], dict[int, list[str]]]:
        """The first of the query words (keys of ``variants``, in the query's order) whose
        typos are sought, with their variants, and for each length of indexed words they
        need, those that keep a third some query word's variant has (:func:`_maybe` keeps
        those of the first words among them).

        The first words are those whose share of these words, each cut less one letter and
        less two, comes to at most :data:`LEAST_CUTS` cuts, or the number of indexed words
        when more: a word's share is counted, not cut, for each third of each length by one
        call for all the query words. A word past the bound stops the forgiving: it and the
        words after it are matched exactly.
        """
        # (length, part) to the query words' slices of their variants it is sought among.
        sought: defaultdict[tuple[int, int, int], dict[str, set[str]]] = defaultdict(dict)
        whole: defaultdict[str, int] = defaultdict(int)  # words of one or two letters
        near: defaultdict[int, list[str]] = defaultdict(list)
        for word, of_word in variants.items():
            twice = _allowed_edits(word) == 2
            lengths = {len(variant) + 1 for variant in of_word}
            if twice:
                lengths.update(len(variant) + 2 for variant in of_word)
            for length in lengths:
                if length > FUZZY_WORD_LENGTH or length not in self.by_length:
                    continue
                third = length // 3
                if not third:
                    whole[word] += len(self.by_length[length]) * _cuts(length)
                    near[length] = list(self.by_length[length])
                    continue
                cut = [
                    v for v in of_word if len(v) == length - 1 or (twice and len(v) == length - 2)
                ]
                sought[length, 0, third][word] = {variant[:third] for variant in cut}
                last = {variant[-third:] for variant in cut}
                sought[length, length - third, length][word] = last
                if twice:
                    middle = slice(third - 1, length - third - 1)
                    kept = {v[middle] for v in of_word if len(v) == length - 2}
                    sought[length, third, length - third][word] = kept
        cost = defaultdict(int, whole)
        for (length, start, stop), of_words in sought.items():
            wanted = set().union(*of_words.values())
            part = repeat(slice(start, stop))
            indexed = self.by_length[length]
            found = list(
                compress(indexed, map(wanted.__contains__, map(operator.getitem, indexed, part)))
            )
            near[length] += found
            counts = Counter(map(operator.getitem, found, part))
            for word, slices in of_words.items():
                cost[word] += sum(map(counts.__getitem__, slices)) * _cuts(length)
        budget = max(LEAST_CUTS, len(self.postings))
        forgiving: dict[str, set[str]] = {}
        for word, of_word in variants.items():
            budget -= cost[word]
            if budget < 0:
                break
            forgiving[word] = of_word
        for length, found in near.items():
            if len(found) > len(self.by_length[length]):  # a word in several parts
                near[length] = self.by_length[length]
        return forgiving, near

    def _similar(self, word: str, candidates: Iterable[str]) -> dict[str, float]:
        """The ``candidates`` close to ``word``, each with its similarity from 0 to 1."""
        if word.isdigit():
            return {word: 1.0} if word in self.postings else {}
        limit = _allowed_edits(word)
        found = {}
        for candidate in candidates:
            edits = _distance(word, candidate, limit)
            # Every letter changed is no likeness: "x" is one edit from "a", at similarity 0.
            if edits <= limit and edits < max(len(word), len(candidate)):
                found[candidate] = 1 - edits / max(len(word), len(candidate))
        return found

    def search(self, query: str, kinds: Sequence[str], limit: int) -> tuple[Match, ...]:
        key = normalize(query)
        words = key.split()
        if not words:
            return ()
        with gc_paused():
            by_entity = self._scored(key, words, kinds)
            if len(words) > 1:
                # A word a stray space split ("Ball erina") is sought whole as well; an
                # entity keeps the better of its two scores.
                joined = "".join(words)
                for entity_id, found in self._scored(key, [joined], kinds).items():
                    if entity_id not in by_entity or found[0] > by_entity[entity_id][0]:
                        by_entity[entity_id] = found
            ranked = self._best(by_entity, limit)
        return tuple(
            Match(entity=self.entities[number], name=self.names[number], score=score)
            for score, number in ranked
        )

    def _best(self, by_entity: dict[str, tuple[float, int]], limit: int) -> list[tuple[float, int]]:
        """The ``limit`` best of ``by_entity`` by score, then by :func:`_order`: the order
        is worked out only for those that score at least the ``limit``-th best score."""
        import heapq

        if not by_entity:
            return []
        scores = heapq.nlargest(limit, [score for score, _ in by_entity.values()])
        lowest = scores[-1]
        contenders = [found for found in by_entity.values() if found[0] >= lowest]
        entities = self.entities

        def rank(found: tuple[float, int]) -> tuple[Any, ...]:
            return (-found[0], *_order(entities[found[1]]))

        return heapq.nsmallest(limit, contenders, key=rank)

    def _matched_words(self, by_place: Iterable[str]) -> dict[int, str | tuple[str, ...]]:
        """Each name some of the indexed words ``by_place`` are in, to those words: the word
        itself when one (most names), in the order the names are first met."""
        matched_words: dict[int, str | tuple[str, ...]] = {}
        for indexed in by_place:
            found = self.postings[indexed]
            numbers = (found,) if isinstance(found, int) else found
            if not matched_words:
                matched_words = dict.fromkeys(numbers, indexed)
                continue
            for number in numbers:
                before = matched_words.get(number)
                if before is None:
                    matched_words[number] = indexed
                elif type(before) is str:
                    if before is not indexed:  # else a name the word is twice in
                        matched_words[number] = (before, indexed)
                elif before[-1] is not indexed:
                    matched_words[number] = (*before, indexed)
        return matched_words

    def _scored(
        self, key: str, words: list[str], kinds: Sequence[str]
    ) -> dict[str, tuple[float, int]]:
        """Each entity a name of which matches some of ``words``, with its best score and
        that name's number; a name scores 1 only when it is ``key``, the query as given."""
        # Each distinct query word is looked up once; then each indexed word it is close to
        # keeps its similarity for each place in the query. The work grows with the query's
        # words plus the names those indexed words are in, never their product.
        distinct = dict.fromkeys(words)  # in the query's order: its first words forgiven first
        close = self._close(word for word in distinct if not word.isdigit())
        similar_to = {word: self._similar(word, close.get(word, ())) for word in distinct}
        by_place: defaultdict[str, dict[int, float]] = defaultdict(dict)
        for position, word in enumerate(words):
            for indexed, similarity in similar_to[word].items():
                by_place[indexed][position] = similarity
        matched_words = self._matched_words(by_place)
        matched = set(by_place)
        numbers = list(matched_words)
        if kinds:
            numbers = [n for n in numbers if kind_of(self.entities[n]) in kinds]
        # The sum over the query's places of the best similarity a name's words give; names
        # whose matched words are the same share it.
        groups = [
            found if type(found) is str else frozenset(found)
            for found in map(matched_words.__getitem__, numbers)
        ]
        sums = {group: _sum(group, by_place) for group in set(groups)}
        # The rest a step for all the names at once, for the names of a word every name has.
        # A pair of a name's neighbours joined can be a matched word only if the first of
        # them begins one: a name with no such word is covered by its matched words alone.
        beginnings = {indexed[:cut] for indexed in matched for cut in range(1, len(indexed))}
        score_of = _Scores(len(words)).__getitem__
        scores: list[float] = []
        for start in range(0, len(numbers), _BATCH):  # a batch's words at a time: memory
            batch = numbers[start : start + _BATCH]
            name_keys = list(map(self.keys.__getitem__, batch))
            name_words = list(map(str.split, name_keys))
            if max(map(len, name_words)) > MAX_NAME_WORDS:
                name_words = [split[:MAX_NAME_WORDS] for split in name_words]
            covered = list(map(sum, map(map, repeat(matched.__contains__), name_words)))
            for at in compress(
                range(len(batch)), map(operator.not_, map(beginnings.isdisjoint, name_words))
            ):
                covered[at] = _covered(name_words[at], matched)
            totals = map(sums.__getitem__, groups[start : start + _BATCH])
            found = list(map(score_of, zip(totals, covered, map(len, name_words), strict=True)))
            for at in compress(range(len(batch)), map(key.__eq__, name_keys)):
                found[at] = 1.0  # the name is the query
            scores += found
        # Each entity's best name, the first met among equals: by score, the later first
        # among equals, so that of each entity's the one kept, as the last, is the best.
        ids = list(map(_ID, map(self.entities.__getitem__, numbers)))
        order = sorted(range(len(numbers) - 1, -1, -1), key=scores.__getitem__)
        best = dict(zip(map(ids.__getitem__, order), order, strict=True))
        return {entity_id: (scores[at], numbers[at]) for entity_id, at in best.items()}


def _sum(group: str | frozenset[str], by_place: Mapping[str, dict[int, float]]) -> float:
    """The sum over the query's places of the best similarity of the indexed words
    ``group`` (one, or a set), each with its similarity at each place in ``by_place``."""
    best: dict[int, float] = {}
    for indexed in (group,) if type(group) is str else group:
        for position, similarity in by_place[indexed].items():
            if similarity > best.get(position, 0.0):
                best[position] = similarity
    return sum(best.values())


class _Scores(dict[tuple[float, int, int], float]):
    """A name's score by its ``(total, covered, words)``: ``total`` the sum of its best
    similarity for each of the query's ``length`` words, ``covered`` how many of its
    ``words`` a query word matched. Worked out once for each such triple: the names of a
    large catalog share few."""

    def __init__(self, length: int) -> None:
        super().__init__()
        self.length = length

    def __missing__(self, found: tuple[float, int, int]) -> float:
        total, covered, words = found
        # Below an exact match, whatever the words: 1 means equal.
        score = self[found] = round(
            min(0.75 * total / self.length + 0.25 * covered / words, 0.999), 3
        )
        return score


def _covered(words: list[str], matched: set[str]) -> int:
    """How many of a name's ``words`` are matched, or joined to a neighbour ("jong seo" as
    "jongseo") in a matched word."""
    hit = list(map(matched.__contains__, words))
    joined = list(map(matched.__contains__, map(operator.add, words, words[1:])))
    if True not in joined:
        return hit.count(True)
    # A word is covered by itself, by its pair with the word before, or with the next one.
    return sum(map(operator.or_, map(operator.or_, hit, [False, *joined]), [*joined, False]))


# The public home: reprs and tracebacks say ballerina_data.Match.
attrs.resolve_types(Match, globalns=globals())  # here, where every name is defined
Match.__module__ = "ballerina_data"
