"""Which values of one subject and predicate may relate, found through indexes instead of by
comparing every pair: the work of :mod:`._answers` grows with the claims, not their square.

Over 600 lines because each way values relate (refinements, overlaps, conflicts, texts)
has its own sweep or index here, and they share the ranges' keys and the scopes' lookups.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import itertools
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar, cast

from ._errors import InvalidDataError
from ._records import Claim, DateValue, EntityRef, Quantity, Text, Value
from ._relations import _amount_range, _words, scope_of, unit_key, value_key, words_kept

__all__ = [
    "Span",
    "candidate_pairs",
    "check_scope_weighings",
    "compatible_scopes",
    "ends_before",
    "narrowest_scopes",
    "span",
    "spans_refined",
    "text_budget",
]

Pair = Callable[[int, int], None]
_T = TypeVar("_T")

#: A value's place on a line, for the values that relate by where they lie: days, amounts of
#: one unit, and (for conflicts only) entities, each a point of its own.
Span = tuple[object, object | None, object | None]


def span(value: Value) -> Span | None:
    """The family a value compares within and its low and high ends (``None`` is open)."""
    if isinstance(value, DateValue):
        return ("date", value.date.first_day, value.date.last_day)
    if isinstance(value, Quantity):
        low, high = _amount_range(value)
        return (("amount", unit_key(value.unit)), low, high)
    if isinstance(value, EntityRef):
        return ("entity", value.id, value.id)
    return None


def ends_before(a: Span, b: Span) -> bool:
    """Whether ``a`` ends before ``b`` starts: two such values cannot both hold."""
    # The ends of one family are of one type: days with days, amounts with amounts.
    return a[2] is not None and b[1] is not None and a[2] < b[1]  # type: ignore[operator]


def candidate_pairs(groups: Sequence[Sequence[Claim]], *, conflicts: bool) -> set[tuple[int, int]]:
    """Pairs of groups (by index, smaller first), each group one value with one character,
    among which :func:`relate` finds every refinement and, when ``conflicts``, every conflict
    and every overlap in part that joins two groups (see ``_answers._joined``), and for
    each group in a conflict (or an overlap) a pair that is one: a pair left out either
    relates as ``SAME`` or ``DISTINCT``, or joins groups that other pairs join already.

    Comparing every pair would grow with the square of the claims (a film with thousands of
    cast members, thousands of "at least" amounts); instead each kind of value finds its
    partners through an index:

    - one value, a claim naming no character and one naming one: grouped by value;
    - days and amounts, one holding the other: see :func:`_nested`;
    - texts: one holds all the other's words only if it holds the other's rarest word, so
      each text is compared with the texts holding that word (the one kind whose work can
      still grow with the pairs: many texts made of one common word);
    - conflicts (days, amounts or entities that cannot both hold, in compatible scopes): not
      every pair, but enough to join the same groups. Every value that ends before another
      starts is also before the value of the scope that starts last, and every value that
      starts after another ends is also after the one that ends first; those two are before
      each other, so pairing each value with them joins every conflicting pair;
    - overlaps in part (days or amounts of compatible scopes that share some but neither
      holds the other): each range with the one of its character, and the one naming
      none, ending first among those reaching its start, see :func:`_overlapping`.
    """
    pairs: set[tuple[int, int]] = set()

    def pair(a: int, b: int) -> None:
        if a != b:
            pairs.add((a, b) if a < b else (b, a))

    items = [(n, claim) for n, group in enumerate(groups) for claim in group]
    _characters_named(items, pair)

    by_family: dict[object, list[tuple[int, Claim, Span]]] = {}
    for n, claim in items:
        found = span(claim.value)
        if found is not None:
            by_family.setdefault(found[0], []).append((n, claim, found))
    for family, members in by_family.items():
        if family != "entity":  # one entity holds no other: only its character refines
            _nested(members, pair)
        if conflicts:
            _joined_conflicts(members, pair)

    texts = [(n, claim, text) for n, claim in items if isinstance(text := claim.value, Text)]
    if conflicts:  # no predicate of the table; two texts conflict unless one holds the other
        for i, (a, _, _) in enumerate(texts):
            for b, _, _ in texts[i + 1 :]:
                pair(a, b)
    else:
        _containing_texts(texts, pair)
    return pairs


def _characters_named(items: list[tuple[int, Claim]], pair: Pair) -> None:
    """Pair, value by value, the claims naming no character with those naming one."""
    by_value: dict[object, tuple[list[int], list[int]]] = {}
    for n, claim in items:
        unnamed, named = by_value.setdefault(value_key(claim.value), ([], []))
        (unnamed if claim.qualifiers.character is None else named).append(n)
    for unnamed, named in by_value.values():
        _join_sides(unnamed, named, pair)


def _join_sides(unnamed: list[int], named: list[int], pair: Pair) -> None:
    """Join two sides, each of one with each of the other a refinement (one value or range,
    a claim naming no character and one naming one): each with the first of the other side
    joins them all."""
    if unnamed and named:
        for a in unnamed:
            pair(a, named[0])
        for b in named:
            pair(unnamed[0], b)


# Ends as keys that sort: an open low end first, an open high end last.
_Key = tuple[object, ...]


def _low(end: object | None) -> _Key:
    return (0,) if end is None else (1, end)


def _high(end: object | None) -> _Key:
    return (2,) if end is None else (1, end)


#: A range's low and high ends as keys (a plain tuple: thousands are made per answer).
_Range = tuple[_Key, _Key]


def _in_order(ranges: dict[_Range, _T], *, outer_first: bool) -> list[tuple[_Range, _T]]:
    """The ranges by where they start, each before the ranges it holds (``outer_first``) or
    each after them."""
    found = sorted(ranges.items(), key=lambda item: item[0][1], reverse=outer_first)
    found.sort(key=lambda item: item[0][0], reverse=not outer_first)  # stable: keeps the ends
    return found


class _Component:
    """Ranges of one stack already joined: the one reaching furthest (``rep``), and the
    groups of its range not yet joined to anything (``loose``)."""

    __slots__ = ("end", "loose", "rep")

    def __init__(self, end: _Key, rep: int, loose: Sequence[int]) -> None:
        self.end, self.rep, self.loose = end, rep, loose


def _absorb(
    stack: list[_Component], end: _Key, groups: list[int], pair: Pair, *, outer: bool
) -> bool:
    """Join ``groups`` (of one range) with every component of ``stack`` holding it (``outer``)
    or held by it, and leave those components merged into one; whether there were any.

    The stack is ordered by ``end`` so that these are on its top: the ranges before this one
    in the sweep all start on the right side of it, so holding it is a matter of the end.
    """
    reaches = operator.ge if outer else operator.le
    popped = []
    while stack and reaches(stack[-1].end, end):
        popped.append(stack.pop())
    if not popped:
        return False
    first = groups[0]
    for component in popped:
        pair(first, component.rep)
        for group in component.loose:
            pair(group, first)
    top = popped[0]
    for group in groups[1:]:
        pair(group, top.rep)
    stack.append(_Component(top.end, top.rep, ()))
    return True


def _nested(members: list[tuple[int, Claim, Span]], pair: Pair) -> None:
    """Pair days or amounts of one family so that the pairs that are refinements join the same
    groups as every refinement would: one range held by another, in one character or with a
    claim naming none, or one range with a claim naming a character and one naming none.

    All the ranges holding one range hold each other or are joined through it, so a sweep
    keeps a stack of joined components: from the outermost range in, a range joins the
    components that hold it (none naming a character, or all naming its own); from the
    innermost out, a range naming a character joins the components naming none that it
    holds. Each range joins, then merges what it joined, so the work grows with the ranges.
    Ranges alike relate as the same (``SAME``) in one character: only a joined range joins
    them.
    """
    ranges: dict[_Range, dict[str | None, list[int]]] = {}
    seen: set[int] = set()
    for n, claim, (_, low, high) in members:
        if n not in seen:  # a group is one value and character: its claims differ in scope
            seen.add(n)
            by_character = ranges.setdefault((_low(low), _high(high)), {})
            by_character.setdefault(claim.qualifiers.character, []).append(n)
    for by_character in ranges.values():
        unnamed = by_character.get(None)
        named = [n for character, found in by_character.items() if character for n in found]
        _join_sides(unnamed or [], named, pair)
    _sweep_in(ranges, pair)
    _sweep_out(ranges, pair)


def _sweep_in(ranges: dict[_Range, dict[str | None, list[int]]], pair: Pair) -> None:
    """From the outermost range in: each joins the components holding it that name no
    character or its own."""
    holding: dict[str | None, list[_Component]] = {None: []}
    for span_range, by_character in _in_order(ranges, outer_first=True):
        joined_own = {}
        for character, groups in by_character.items():
            joined = _absorb(holding[None], span_range[1], groups, pair, outer=True)
            if character is not None:
                own = holding.setdefault(character, [])
                joined = _absorb(own, span_range[1], groups, pair, outer=True)
            joined_own[character] = joined
        # Ranges alike do not hold each other: each goes on its stack once all have looked.
        for character, groups in by_character.items():
            if not joined_own[character]:
                holding[character].append(_Component(span_range[1], groups[0], groups[1:]))


def _sweep_out(ranges: dict[_Range, dict[str | None, list[int]]], pair: Pair) -> None:
    """From the innermost range out: each naming a character joins the components it holds
    that name none."""
    held: list[_Component] = []
    for span_range, by_character in _in_order(ranges, outer_first=False):
        for character, groups in by_character.items():
            if character is not None:
                _absorb(held, span_range[1], groups, pair, outer=False)
        unnamed = by_character.get(None)
        if unnamed and not _absorb(held, span_range[1], unnamed, pair, outer=False):
            held.append(_Component(span_range[1], unnamed[0], unnamed[1:]))


def spans_refined(
    spans: Sequence[tuple[Span, frozenset[str | None], int]],
) -> tuple[set[int], list[int]]:
    """For days or amounts of one family, each a value with the characters its claims name
    and a mask of its sources: which a more precise one refines, and for each of the others
    the mask of sources of the values it refines (0 for those refined).

    A value refines another (see :func:`refines`) when its range lies strictly inside the
    other's and the other has a claim naming no character or one naming a character it
    names too. Comparing every pair is the square of the values (thousands of "at least"
    amounts all hold each other); sweeps find both answers in about n log n: from the
    innermost range out, the least end reached so far says whether a range holds one; from
    the outermost in, a tree of the ranges' high ends gives the sources of those holding one.
    """
    ranges: dict[_Range, list[int]] = {}
    for n, (found, _, _) in enumerate(spans):
        ranges.setdefault((_low(found[1]), _high(found[2])), []).append(n)

    refined = _refined(spans, ranges)
    if not refined:  # no range holds another (dates of one precision): each its own sources
        return refined, [mask for _, _, mask in spans]
    return refined, _holding_sources(spans, ranges, refined)


def _refined(
    spans: Sequence[tuple[Span, frozenset[str | None], int]], ranges: dict[_Range, list[int]]
) -> set[int]:
    """From the innermost range out, the least end reached so far, by character, says
    whether a range holds a more precise one."""
    any_character = object()  # a key of its own, apart from every character and None
    refined: set[int] = set()
    least_end: dict[object, _Key] = {}
    for span_range, group in _in_order(ranges, outer_first=False):
        for n in group:
            characters = spans[n][1]
            keys = [any_character] if None in characters else [c for c in characters if c]
            if any(k in least_end and least_end[k] <= span_range[1] for k in keys):
                refined.add(n)
        for n in group:  # ranges alike do not hold each other: added once all looked
            for key in (any_character, *(c for c in spans[n][1] if c)):
                if key not in least_end or span_range[1] < least_end[key]:
                    least_end[key] = span_range[1]
    return refined


def _holding_sources(
    spans: Sequence[tuple[Span, frozenset[str | None], int]],
    ranges: dict[_Range, list[int]],
    refined: set[int],
) -> list[int]:
    """From the outermost range in, the sources of each range not refined and of the ranges
    holding it: a Fenwick tree of source masks per character (``None`` for claims naming
    none) over the high ends, whose prefixes are the ranges reaching at least as far. Only
    a refined range holds one, so only those go in the trees."""
    ends = sorted({r[1] for r, group in ranges.items() if refined.intersection(group)})
    trees: dict[str | None, list[int]] = {}
    sources = [0] * len(spans)
    for span_range, group in _in_order(ranges, outer_first=True):
        # The rank from the furthest end: the refined ends reaching at least this far.
        here = len(ends) - bisect.bisect_left(ends, span_range[1])
        for n in group:
            if n in refined:
                continue
            _, characters, mask = spans[n]
            for key in {None, *characters}:  # holding ranges naming none, or one it names
                if key in trees:
                    tree, i = trees[key], here
                    while i > 0:
                        mask |= tree[i]
                        i -= i & -i
            sources[n] = mask
        for n in group:
            if n not in refined:
                continue
            for key in spans[n][1]:
                tree = trees.setdefault(key, [0] * (len(ends) + 1))
                i = here
                while i < len(tree):
                    tree[i] |= spans[n][2]
                    i += i & -i
    return sources


def _joined_conflicts(members: list[tuple[int, Claim, Span]], pair: Pair) -> None:
    by_scope: dict[tuple[object, ...], list[tuple[int, Claim, Span]]] = {}
    for member in members:
        by_scope.setdefault(scope_of(member[1]), []).append(member)
    scopes = list(by_scope)
    compatible = list(compatible_scopes(scopes))
    check_scope_weighings(
        sum(len(by_scope[scopes[i]]) + len(by_scope[scopes[j]]) for i, j in compatible),
        [claim for _, claim, _ in members],
    )
    for i, j in compatible:
        _star(by_scope[scopes[i]], by_scope[scopes[j]], pair)
        if i != j:  # within one scope, once is each pair both ways
            _star(by_scope[scopes[j]], by_scope[scopes[i]], pair)
        if members[0][2][0] != "entity":  # an entity is a point: it overlaps none in part
            # Every pair of the two scopes is compatible, so are those within each.
            both = by_scope[scopes[i]] if i == j else by_scope[scopes[i]] + by_scope[scopes[j]]
            _overlapping(both, pair)


def _overlapping(members: list[tuple[int, Claim, Span]], pair: Pair) -> None:
    """Pair ranges of compatible scopes so that the pairs that overlap in part (share some
    days or amounts, neither holding the other, naming one character or one naming none:
    see :func:`relate`) join the same groups as every such pair, and each range in such a
    pair is in one of the pairs.

    A range overlaps one starting before it when that one ends inside it; of the ranges of
    one character (or of none) starting before it, the one whose end comes first among
    those reaching its start is such a range if any is. Any other such range of that
    character also holds its start, so it holds that one, or is held by it (a refinement,
    which :func:`_nested` joins), or overlaps it and starts later (paired in its own turn).
    So a sweep from the lowest start, with a tree of the least end reached past each end
    for each character, pairs each range with the first such range naming its character
    and the first naming none; the same sweep of the ranges turned end for end pairs each
    range naming a character with the ranges naming none that start after it. Each range
    goes in one tree and asks two, in each sweep: n log n.
    """
    ranges: dict[str | None, dict[_Range, dict[int, None]]] = {}
    for n, claim, (_, low, high) in members:
        by_range = ranges.setdefault(claim.qualifiers.character, {})
        by_range.setdefault((_low(low), _high(high)), {})[n] = None
    _overlap_sweep(ranges, pair)
    if None not in ranges or len(ranges) == 1:  # no range naming a character and one not
        return
    mirrored = {
        character: {_mirrored(span_range): groups for span_range, groups in by_range.items()}
        for character, by_range in ranges.items()
    }
    _overlap_sweep(mirrored, pair)


def _mirrored(span_range: _Range) -> _Range:
    """The range turned end for end: its ends negated, the high end the low."""

    def negated(key: _Key) -> _Key:
        if len(key) == 1:  # an open end: the low end's (0,) and the high end's (2,) swap
            return (2 - cast(int, key[0]),)
        # An end is a day (a tuple of ints, each negated: the order reverses) or an amount.
        end: Any = key[1]
        return (1, tuple(-part for part in end) if isinstance(end, tuple) else -end)

    low, high = span_range
    return negated(high), negated(low)


class _LeastEnds:
    """The ranges of one character entered so far, and for any end, the one entered first
    among those ending first at or past it: a Fenwick tree over the ends, furthest first."""

    __slots__ = ("ends", "first", "least")

    def __init__(self, ends: list[_Key]) -> None:
        self.ends = ends
        self.least = [len(ends)] * (len(ends) + 1)
        self.first: dict[int, _Range] = {}  # by the end's rank

    def add(self, span_range: _Range) -> None:
        rank = bisect.bisect_left(self.ends, span_range[1])
        self.first.setdefault(rank, span_range)
        i = len(self.ends) - rank
        while i <= len(self.ends):
            self.least[i] = min(self.least[i], rank)
            i += i & -i

    def ending_inside(self, span_range: _Range) -> _Range | None:
        """The range ending first among those reaching ``span_range``'s start, if it ends
        before ``span_range`` does."""
        found, i = len(self.ends), len(self.ends) - bisect.bisect_left(self.ends, span_range[0])
        while i > 0:
            found = min(found, self.least[i])
            i -= i & -i
        if found == len(self.ends) or not self.ends[found] < span_range[1]:
            return None
        return self.first[found]


def _overlap_sweep(ranges: dict[str | None, dict[_Range, dict[int, None]]], pair: Pair) -> None:
    """From the lowest start, pair each range with the range of its own character, and the
    one of none, that ends first among those reaching its start, if it ends inside it.
    Ranges alike (values of the same days or amounts, which relate as the same) all join
    the first range found overlapping them."""
    trees = {
        character: _LeastEnds(sorted({high for _, high in by_range}))
        for character, by_range in ranges.items()
    }
    joined_alike: set[tuple[str | None, _Range]] = set()
    in_order = sorted(
        (
            (span_range, character)
            for character, by_range in ranges.items()
            for span_range in by_range
        ),
        key=lambda item: item[0][0],
    )
    for _, starting in itertools.groupby(in_order, key=lambda item: item[0][0]):
        batch = list(starting)  # ranges of one start hold one another: none overlaps
        for here, character in batch:
            mine = list(ranges[character][here])
            for other_character in dict.fromkeys((character, None)):
                tree = trees.get(other_character)
                other = None if tree is None else tree.ending_inside(here)
                if other is None:
                    continue
                partners = list(ranges[other_character][other])
                if (other_character, other) in joined_alike:
                    partners = partners[:1]
                joined_alike.add((other_character, other))
                for n in mine:
                    pair(n, partners[0])
                for m in partners[1:]:
                    pair(mine[0], m)
        for here, character in batch:
            trees[character].add(here)


def _named(scope: tuple[object, ...]) -> tuple[int, ...]:
    """The positions of the qualifiers a scope names."""
    return tuple(i for i, value in enumerate(scope) if value is not None)


def _subsets(positions: Sequence[int]) -> Iterator[tuple[int, ...]]:
    for size in range(len(positions) + 1):
        yield from itertools.combinations(positions, size)


def narrowest_scopes(scopes: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The scopes no other one narrows (names every qualifier it names, alike, and more).

    Looked up, as in :func:`compatible_scopes`: each scope is filed under each part of the
    qualifiers it names with their values, and one is narrowed when another is filed under
    all of its own.
    """
    index: dict[tuple[object, ...], int] = {}
    for scope in scopes:
        named = _named(scope)
        for kept in _subsets(named):
            key = (kept, *(scope[i] for i in kept))
            index[key] = index.get(key, 0) + 1
    found = []
    for scope in scopes:
        named = _named(scope)
        if index[(named, *(scope[i] for i in named))] == 1:  # filed there by itself alone
            found.append(scope)
    return found


def compatible_scopes(scopes: Sequence[tuple[object, ...]]) -> Iterator[tuple[int, int]]:
    """The pairs of compatible scopes (each qualifier equal, or left out by either), by
    index, smaller first, a scope with itself too.

    Looked up, not tried pair by pair: a thousand release dates of as many regions are a
    million pairs of scopes, nearly all incompatible. Each scope is filed under the
    qualifiers it names and each part of them with their values; a scope finds, for each
    set of qualifiers another may name, those agreeing with it where both name one.
    """
    index: dict[tuple[object, ...], list[int]] = {}
    for n, scope in enumerate(scopes):
        named = _named(scope)
        for kept in _subsets(named):
            index.setdefault((named, kept, *(scope[i] for i in kept)), []).append(n)
    for n, scope in enumerate(scopes):
        for named in _subsets(range(len(scope))):
            kept = tuple(i for i in named if scope[i] is not None)
            for m in index.get((named, kept, *(scope[i] for i in kept)), ()):
                if m >= n:
                    yield n, m


def _star(
    values: list[tuple[int, Claim, Span]], others: list[tuple[int, Claim, Span]], pair: Pair
) -> None:
    """Pair each of ``values`` with the one of ``others`` that ends first and the one that
    starts last, where they cannot both hold."""
    ends_first = min(others, key=lambda m: (m[2][2] is None, m[2][2] or 0))
    starts_last = max(others, key=lambda m: (m[2][1] is not None, m[2][1] or 0))
    for n, _, found in values:
        if ends_before(found, starts_last[2]):
            pair(n, starts_last[0])
        if ends_before(ends_first[2], found):
            pair(n, ends_first[0])


#: The most words relating texts may compare (or index), and the most pairs of them it may
#: find, in one answer, whatever its subjects and predicates: a few seconds and about 100 MB.
#: The shipped catalog compares a few hundred words; a thousand texts each holding the one
#: before would compare 10^8 words and find 500,000 pairs.
MOST_TEXT_WORDS_COMPARED = 10**7
MOST_TEXT_PAIRS = 200_000


class _TextBudget:
    """What relating texts may still cost in one answer."""

    __slots__ = ("pairs", "words")

    def __init__(self) -> None:
        self.words = MOST_TEXT_WORDS_COMPARED
        self.pairs = MOST_TEXT_PAIRS


_budget: contextvars.ContextVar[_TextBudget | None] = contextvars.ContextVar(
    "text_budget", default=None
)


@contextlib.contextmanager
def text_budget() -> Iterator[None]:
    """One budget for relating texts across all that an answer relates: a catalog's
    disagreements relate each subject's texts, and a bound per subject would let a
    catalog of many subjects, each just under it, run for minutes."""
    token = _budget.set(_TextBudget())
    try:
        with words_kept():  # each text's words, for its many pairs, and no longer
            yield
    finally:
        _budget.reset(token)


#: How many times its own claims one subject's values of one predicate may be weighed over
#: scopes, and how many more: a claim that leaves a qualifier out counts in each scope it
#: fits, so 1,000 release dates each in a region of its own and 1,000 in none were weighed
#: a million times (11 s for the film's profile, 5 GB for its JSON, each region listing the
#: 1,000 as conflicts; 3 s for the disagreements). The shipped catalog weighs each claim
#: about once; 20,000 dates each in a region of its own, once each.
SCOPE_WEIGHINGS_PER_CLAIM = 50
SCOPE_WEIGHINGS_BESIDE = 2_000


def check_scope_weighings(weighings: int, claims: Sequence[Claim]) -> None:
    """Refuse values of one subject and predicate that would be weighed over their scopes
    more than :data:`SCOPE_WEIGHINGS_PER_CLAIM` times their number of claims, plus
    :data:`SCOPE_WEIGHINGS_BESIDE`: so an answer's cost stays linear in its claims.

    Raises:
        InvalidDataError: naming the subject and predicate.
    """
    most = SCOPE_WEIGHINGS_PER_CLAIM * len(claims) + SCOPE_WEIGHINGS_BESIDE
    if weighings > most:
        claim = claims[0]
        msg = (
            f"{claim.subject} {claim.predicate.value}: {len(claims)} claims fit too many"
            f" scopes to weigh ({weighings:,} weighings, more than {most:,}): a claim that"
            " leaves a qualifier out counts in each scope it fits"
        )
        raise InvalidDataError([msg])


def _containing_texts(texts: list[tuple[int, Claim, Text]], pair: Pair) -> None:
    """Pair each text with the texts holding all its words, found among those holding its
    rarest word; a text of no words is held by every text.

    Raises:
        InvalidDataError: the texts hold one another too often to compare within the
            bounds above.
    """
    budget = _budget.get() or _TextBudget()
    words = {n: _words(text.text)[0] for n, _, text in texts}
    holding: dict[str, list[int]] = {}
    for n, found in words.items():
        for word in found:
            holding.setdefault(word, []).append(n)
    budget.words -= sum(map(len, words.values()))  # what the index holds
    for n, found in words.items():
        others = list(words) if not found else holding[min(found, key=lambda w: len(holding[w]))]
        budget.words -= len(others) * max(len(found), 1)
        for other in others:
            if found <= words[other]:
                pair(n, other)
                budget.pairs -= 1
        if budget.words < 0 or budget.pairs < 0:
            claim = texts[0][1]
            msg = (
                f"{claim.subject} {claim.predicate.value}: {len(words)} texts that hold one"
                " another too often to compare: relating texts in one answer compares at"
                f" most {MOST_TEXT_WORDS_COMPARED:,} words and finds {MOST_TEXT_PAIRS:,} pairs"
            )
            raise InvalidDataError([msg])
