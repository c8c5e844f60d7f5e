"""A static site of a catalog: every fact beside the quote that states it, highlighted in its text.

Pages are built as strings with the standard library's :func:`html.escape` applied to every
text of the catalog; ``export`` writes them whole or not at all, as every directory format.
The site needs no server and loads nothing from elsewhere: it opens from ``file://``. Its
search box reads an index shipped as a script file (browsers refuse ``fetch()`` of
``file://`` URLs), and every page works without JavaScript.

Over 600 lines because each kind of page (entity, timeline, source, disagreements, index)
is written here as HTML, without a template engine: the runtime dependencies stay attrs and
cattrs.
"""

from __future__ import annotations

import datetime
import html
import itertools
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from ._kinds import kind_of, label_with_year
from ._records import (
    Claim,
    DateInterval,
    DateValue,
    Entity,
    EntityRef,
    Film,
    PartialDate,
    Predicate,
    Qualifiers,
    Quantity,
    Source,
    Text,
    Value,
)
from ._timeline import UNCERTAIN_ORDER, publication_order
from ._validators import days_in_month
from ._wording import amount_words, date_words, enum_words

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._results import Disagreement, Fact, MergedCredit, Preferred, Profile, Statement
    from ._timeline import TimelineEntry

__all__ = ["PAGE_SIZE", "site_pages", "write_pages"]

T = TypeVar("T")

#: Entries on one page of a list (the index's lists, the conflicts): a catalog of any size
#: gives pages of bounded size.
PAGE_SIZE = 400

#: Characters of a page's body after which it goes on in a next part (``film/x~2.html``):
#: at most 4 bytes a character in UTF-8, a part stays under 2 MiB, which a browser opens in
#: one go. An entity named by thousands of claims, or a long source text, takes several.
PART_SIZE = 400_000

#: Claims cited on one line of a fact: a value thousands of claims give takes several lines,
#: so that a part can end between them.
_CITES_PER_LINE = 100


#: Past this many sources a table lists each row's sources in one cell, each source's
#: [number] before its claims, not a column per source: every row of a column-per-source
#: table is as wide as all its sources (a cast of 5,000 sources, each crediting one person:
#: 2 GB of pages, each part repeating the 5,000-column head).
MOST_SOURCE_COLUMNS = 40


def _cells_by_source(
    claims: Sequence[Claim],
    sources: Sequence[str],
    cite: Callable[[str, Claim], str],
    here: str,
    number: Mapping[str, int],
) -> Iterator[tuple[int, str]]:
    """A table row's cells, one per source, citing its claims there (or, past
    ``MOST_SOURCE_COLUMNS`` sources, one cell of the row's sources); rows of
    ``_CITES_PER_LINE`` claims at most, each with the index of its first claim, so that a
    value thousands of claims give goes on over rows and a part can end between them."""
    for n in range(0, max(len(claims), 1), _CITES_PER_LINE):
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims[n : n + _CITES_PER_LINE]:
            by_source[claim.source].append(claim)
        if len(sources) > MOST_SOURCE_COLUMNS:
            cited = (
                f"[{number[s]}] " + " ".join(cite(here, claim) for claim in by_source[s])
                for s in sorted(by_source, key=number.__getitem__)
            )
            yield n, f"<td>{'; '.join(cited)}</td>"
        else:
            cited = (" ".join(cite(here, claim) for claim in by_source.get(s, ())) for s in sources)
            yield n, "".join(f"<td>{cells}</td>" for cells in cited)


def _source_heads(sources: Sequence[str], column: Callable[[str], str]) -> str:
    """A table's heads for its sources: a column each, or past ``MOST_SOURCE_COLUMNS`` one."""
    if len(sources) > MOST_SOURCE_COLUMNS:
        return '<th scope="col">Sources [number]: claims</th>'
    return "".join(map(column, sources))


#: The most claims one highlighted run of a source's text lists (``data-claims``): each run
#: listing every claim over it made a page grow with the text times the overlap.
MOST_MARKED_CLAIMS = 32

#: Characters of a quote shown in a link's hint; the source's page shows it whole.
_HINT_QUOTE = 300

#: The page's scripts, in order: the search index, then the search box that reads it.
_SCRIPTS = ("search-index.js", "search.js")
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
    " base-uri 'none'; form-action 'none'"
)


def _e(text: str) -> str:
    """Text of the catalog as HTML text or an attribute value: every markup character escaped.

    A carriage return is written as a reference too: a browser reads a raw one as a newline.
    """
    return html.escape(text, quote=True).replace("\r", "&#13;")


#: The Unicode bidi controls (embeddings, overrides, isolates and marks), to remove.
_BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def _t(text: str) -> str:
    """Text of the catalog shown inline, escaped and isolated: a bidi control inside it cannot
    reorder the page around it."""
    return f"<bdi>{_e(text)}</bdi>"


def _entity_path(entity_id: str) -> str:
    # Entity ids are 'prefix/slug' of lowercase letters, digits and hyphens: safe as paths.
    return f"{entity_id}.html"


def _timeline_path(entity_id: str) -> str:
    return f"timeline/{entity_id}.html"


def _source_path(source_id: str) -> str:
    # Source ids are letters, digits, '.', '_' and '-', starting with a letter or digit.
    return f"source/{source_id}.html"


def _claim_anchor(claim_id: str) -> str:
    return f"claim-{claim_id}"


def _part_path(path: str, number: int) -> str:
    """The path of a page's ``number``-th part (from 0): '~' is in no entity or source id."""
    return path if number == 0 else f"{path.removesuffix('.html')}~{number + 1}.html"


class _Parts:
    """A page's body in parts of about :data:`PART_SIZE` characters, cut between items."""

    def __init__(self) -> None:
        self.parts: list[list[str]] = [[]]
        self.size = 0

    def _put(self, text: str) -> None:
        self.parts[-1].append(text)
        self.size += len(text)

    def _next(self) -> None:
        self.parts.append([])
        self.size = 0

    def add(self, text: str) -> None:
        """A block not to be cut: it starts the next part where this one has no room."""
        if self.size and self.size + len(text) > PART_SIZE:
            self._next()
        self._put(text)

    def section(self, head: str, items: Iterable[str], tail: str) -> list[int]:
        """Items between ``head`` and ``tail``; where a part ends among them, ``tail`` closes
        it and ``head`` opens the next again. The number of the part each item lands on."""
        landed: list[int] = []
        opened = False
        for item in items:
            if opened and self.size + len(item) + len(tail) > PART_SIZE:
                self._put(tail)
                self._next()
                opened = False
            if not opened:
                if self.size and self.size + len(head) + len(item) + len(tail) > PART_SIZE:
                    self._next()
                self._put(head)
                opened = True
            self._put(item)
            landed.append(len(self.parts) - 1)
        if opened:
            self._put(tail)
        return landed


def _predicate_label(predicate: Predicate) -> str:
    value: str = predicate.value
    return value.replace("_", " ")


def _source_label(source: Source) -> str:
    return source.title or source.id


class _Site:
    """The pages of one catalog; paths are relative to the site's folder."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # Sources numbered in publication order: a fact's citations read [1], [2], ...
        self.sources = sorted(catalog.sources, key=publication_order)
        self.number = {source.id: n for n, source in enumerate(self.sources, 1)}
        self.entities: tuple[Entity, ...] = (
            *catalog.films,
            *catalog.people,
            *catalog.characters,
            *catalog.organizations,
        )
        self.by_id = {entity.id: entity for entity in self.entities}
        # An entity that no claim is about or names has no page of its own: its kind's list
        # shows its names, and a link to it leads there (a catalog of 200,000 bare people
        # wrote 400,000 pages of a name each, 50 times as long as it took to load). One
        # that a single source speaks of has no timeline: it would be one entry, the
        # source its page cites (half of the pages of 40,000 people, a claim each).
        self.listed: dict[str, str] = {}
        self.timelined: set[str] = set()
        for name, _title in _KINDS:
            for n, entity in enumerate(getattr(catalog, name)):
                claims = catalog.claims_about(entity)
                if not claims:
                    self.listed[entity.id] = f"{_list_path(name, n // PAGE_SIZE)}#{entity.id}"
                elif any(claim.source != claims[0].source for claim in claims):
                    self.timelined.add(entity.id)
        self.conflicts = _conflicts(catalog)
        self.conflicted: dict[tuple[str, Predicate], int] = {
            (d.subject, d.predicate): n for n, d in enumerate(self.conflicts)
        }
        self._links: dict[tuple[int, str], str] = {}
        self._cites: dict[tuple[int, str], str] = {}
        # A source's pages are built when a fact first links to one of its quotes: the link
        # names the part of the page the quote's anchor is on.
        self._source_pages: dict[str, list[tuple[str, str]]] = {}
        self._anchored: dict[str, str] = {}
        # Likewise the conflicts' pages, for the part that holds a conflict.
        self._conflict_pages: list[tuple[str, str]] | None = None
        self._conflict_at: dict[int, str] = {}

    # Page frame

    def page(self, path: str, title: str, body: str) -> str:
        root = "../" * path.count("/")
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            # A title holds no markup to isolate it with (<bdi>, as the body does): its bidi
            # controls are removed, so a name cannot reorder the browser's tab or history.
            f"<title>{_e(title.translate(_BIDI_CONTROLS))}</title>\n"
            f'<link rel="stylesheet" href="{root}style.css">\n'
            + "".join(f'<script src="{root}{name}" defer></script>\n' for name in _SCRIPTS)
            + "</head>\n"
            f'<body data-root="{root}">\n<header>\n<nav>'
            f'<a href="{root}index.html">Catalog</a> '
            f'<a href="{root}conflicts.html">Conflicts</a> '
            f'<a href="{root}sources.html">Sources</a></nav>\n'
            '<form class="search" role="search" hidden>'
            '<label>Search names <input type="search" name="q" autocomplete="off"></label>'
            '<ul class="results"></ul></form>\n'
            f"</header>\n<main>\n{body}</main>\n</body>\n</html>\n"
        )

    def pages(self, path: str, title: str, parts: _Parts) -> list[tuple[str, str]]:
        """The page at ``path``, or, for a body in several parts, a page per part, each
        linking to a few others (:func:`_page_nav`)."""
        count = len(parts.parts)
        if count == 1:
            return [(path, self.page(path, title, "".join(parts.parts[0])))]
        paths = [_part_path(path, n) for n in range(count)]
        name = path.rpartition("/")[2]
        out = []
        for n, body in enumerate(parts.parts):
            nav = _page_nav("Parts:", lambda k: _part_path(name, k), n, count)
            heading = "" if n == 0 else f"<h1>{_e(title)} <small>part {n + 1}</small></h1>\n"
            full = f"{title} (part {n + 1} of {count})"
            out.append((paths[n], self.page(paths[n], full, heading + nav + "".join(body) + nav)))
        return out

    def link(self, here: str, entity_id: str) -> str:
        # Kept by the folder depth of the page: one escaping per entity and depth, not per
        # mention (most of the time a site takes at 10^4 claims was escaping again).
        key = (here.count("/"), entity_id)
        found = self._links.get(key)
        if found is None:
            href = _relative(here, self.href(entity_id))
            found = f'<a href="{href}">{_t(label_with_year(self.by_id[entity_id]))}</a>'
            self._links[key] = found
        return found

    def href(self, entity_id: str) -> str:
        """Where the entity is shown: its page, or its line in its kind's list."""
        return self.listed.get(entity_id) or _entity_path(entity_id)

    def cite(self, here: str, claim: Claim) -> str:
        """A link from a fact to its quote's highlight: the source's number, the claim's id."""
        key = (here.count("/"), claim.id)
        found = self._cites.get(key)
        if found is None:
            source = self.catalog.source(claim.source)
            href = self.claim_href(here, claim)
            quote = _short(claim.evidence.quote, _HINT_QUOTE)
            hint = f"claim {claim.id} in {_source_label(source)}: “{quote}”"
            if claim.note:
                hint += f"\nnote: {claim.note}"
            # A dagger: the claim has a note, shown on hover here and on the source's page.
            found = (
                f'<a class="cite" href="{_e(href)}" title="{_e(hint)}"'
                f' data-claim="{_e(claim.id)}">[{self.number[claim.source]}]'
                f"{'†' if claim.note else ''}</a>"
            )
            self._cites[key] = found
        return found

    def value(self, here: str, value: Value) -> str:
        if isinstance(value, EntityRef):
            return self.link(here, value.id)
        if isinstance(value, Text):
            return _t(value.text)
        if isinstance(value, DateValue):
            return _t(date_words(value.date))
        assert isinstance(value, Quantity)
        return _t(amount_words(value))

    def qualifiers(self, here: str, claim: Claim) -> str:
        q = claim.qualifiers
        parts = []
        if q.character:
            parts.append("as " + self.link(here, q.character))
        parts.extend(
            _t(text)
            for text in (
                enum_words(q.status) if q.status else None,
                q.medium.value if q.medium else None,
                q.region,
                f"on {date_words(q.date)}" if q.date else None,
                q.title_kind.value.replace("_", " ") if q.title_kind else None,
            )
            if text
        )
        return " ".join(parts)

    def claims_cited(self, here: str, claims: Iterable[Claim]) -> str:
        return "".join(self.claims_cited_lines(here, claims))

    def claims_cited_lines(self, here: str, claims: Iterable[Claim]) -> list[str]:
        """The claims' citations, :data:`_CITES_PER_LINE` to a piece."""
        items = []
        for claim in sorted(claims, key=lambda c: (self.number[c.source], c.id)):
            detail = self.qualifiers(here, claim)
            items.append(self.cite(here, claim) + (f" {detail}" if detail else ""))
        return [
            '<span class="cites">' + " ".join(items[n : n + _CITES_PER_LINE]) + "</span>"
            for n in range(0, max(len(items), 1), _CITES_PER_LINE)
        ]

    def legend(self, here: str, claims: Iterable[Claim]) -> str:
        used = sorted({claim.source for claim in claims}, key=self.number.__getitem__)
        if not used:
            return ""
        rows = "".join(
            f'<li value="{self.number[s]}"><a href="{_relative(here, _source_path(s))}">'
            f"{_t(_source_label(self.catalog.source(s)))}</a>"
            f"{self.published(self.catalog.source(s))}</li>"
            for s in used
        )
        return (
            "<section class=\"legend\"><h2>Sources</h2><p>A fact's [number] is its source's"
            " and links to its quote; † marks a claim with a note (on hover, and beside the"
            f" claim on the source's page).</p><ol>{rows}</ol></section>\n"
        )

    def source_column(self, source_id: str) -> str:
        """A table's column head for a source: its number, its date, its title on hover."""
        source = self.catalog.source(source_id)
        date = f"<br><small>{_e(date_words(source.published))}</small>" if source.published else ""
        return (
            f'<th scope="col" title="{_e(_source_label(source))}">'
            f"[{self.number[source_id]}]{date}</th>"
        )

    def published(self, source: Source) -> str:
        if source.published is None:
            return ""
        return f' <span class="date">{_t(date_words(source.published))}</span>'

    # Index and lists

    def index(self) -> str:
        catalog = self.catalog
        lists = [
            *((title, name, len(getattr(catalog, name))) for name, title in _KINDS),
            ("Sources", "sources", len(catalog.sources)),
            ("Conflicts", "conflicts", len(self.conflicts)),
        ]
        counts = "".join(
            f'<li><a href="{name}.html">{title}</a> <span class="count">{count}</span></li>'
            for title, name, count in lists
        )
        films = "".join(
            f"<li>{self.link('index.html', film.id)}</li>" for film in catalog.films[:PAGE_SIZE]
        )
        body = (
            "<h1>Catalog</h1>\n"
            f'<p class="counts">{len(catalog.claims)} claims from {len(catalog.sources)} sources,'
            " each with the words that state it.</p>\n"
            f'<ul class="kinds">{counts}</ul>\n'
            f'<section><h2>Films and series</h2><ul class="entities">{films}</ul>'
            + (
                f'<p><a href="films.html">All {len(catalog.films)}</a></p>'
                if len(catalog.films) > PAGE_SIZE
                else ""
            )
            + "</section>\n"
        )
        return self.page("index.html", "Catalog", body)

    def entity_lists(self) -> Iterator[tuple[str, str]]:
        for name, title in _KINDS:
            pages = _paginate(name, getattr(self.catalog, name))
            for path, chunk, nav in pages:

                def line(entity: Entity, path: str = path) -> str:
                    if entity.id in self.listed:
                        names = ", ".join(_names(entity))
                        also = (
                            f' <span class="aliases">also known as {names}</span>' if names else ""
                        )
                        return (
                            f'<li id="{_e(entity.id)}">{_t(label_with_year(entity))}'
                            f' <span class="count">0</span>{also}</li>'
                        )
                    n = len(self.catalog.claims_about(entity))
                    return f'<li>{self.link(path, entity.id)} <span class="count">{n}</span></li>'

                items = "".join(map(line, chunk))
                body = f'<h1>{title}</h1>\n{nav}<ul class="entities">{items}</ul>\n{nav}'
                yield path, self.page(path, title, body)
        for path, sources, nav in _paginate("sources", self.sources):
            items = "".join(
                f'<li value="{self.number[s.id]}"><a href="{_source_path(s.id)}">'
                f"{_t(_source_label(s))}</a>{self.published(s)}"
                f' <span class="count">{len(self.catalog.claims_from(s))} claims</span></li>'
                for s in sources
            )
            body = f"<h1>Sources</h1>\n{nav}<ol>{items}</ol>\n{nav}"
            yield path, self.page(path, "Sources", body)

    # Entity pages

    def entity_pages(self, entity: Entity) -> list[tuple[str, str]]:
        here = _entity_path(entity.id)
        parts = [f"<h1>{_t(label_with_year(entity))}</h1>\n"]
        parts.append(f'<p class="kind">{_e(kind_of(entity))} <code>{_e(entity.id)}</code></p>\n')
        if isinstance(entity, Film) and entity.description:
            parts.append(f'<p class="description">{_t(entity.description)}</p>\n')
        names = _names(entity)
        if names:
            parts.append(f'<p class="aliases">Also known as {", ".join(names)}</p>\n')
        if entity.id in self.timelined:
            timeline = _relative(here, _timeline_path(entity.id))
            parts.append(f'<p><a href="{timeline}">Timeline: what each source said, when</a></p>\n')
        body = _Parts()
        body.add("".join(parts))
        profile = _profile(self.catalog, entity)
        shown: list[Claim] = []
        cast = [c for c in profile.credits if c.role is Predicate.CAST_MEMBER]
        if isinstance(entity, Film) and cast:
            body.section(*self.cast_table(here, cast))
        # By role, not `c not in cast`: a film of thousands of cast members made that
        # membership test compare every pair of credits.
        others = [
            c
            for c in profile.credits
            if c.role is not Predicate.CAST_MEMBER or not isinstance(entity, Film)
        ]
        if others:
            body.section(*self.credits_section(here, entity, others))
        shown.extend(claim for credit in profile.credits for claim in credit.claims)
        for statement in profile.statements:
            body.section(*self.statement_section(here, entity, statement))
            shown.extend(claim for fact in statement.facts for claim in fact.claims)
        items: list[str] = []
        for statement in profile.mentions:
            for fact in statement.facts:
                assert isinstance(fact.value, EntityRef)  # the entity that names this one
                named = (
                    f"{self.link(here, fact.value.id)} <span class='predicate'>"
                    f"{_e(_predicate_label(statement.predicate))}</span>"
                )
                items.extend(
                    f"<li>{named} {line}</li>"
                    for line in self.claims_cited_lines(here, fact.claims)
                )
                shown.extend(fact.claims)
        body.section(
            '<section><h2>Named in claims about</h2><ul class="facts">', items, "</ul></section>\n"
        )
        body.add(self.legend(here, shown))
        return self.pages(here, label_with_year(entity), body)

    def statement_section(
        self, here: str, entity: Entity, statement: Statement
    ) -> tuple[str, list[str], str]:
        """A predicate's facts: preferred values first, each with the less precise values it
        refines folded beneath it, and values that conflict with it, or overlap it only in
        part, marked. The section's
        head, its lines and its tail (see :meth:`_Parts.section`)."""
        predicate = statement.predicate
        wikidata = f" <small>{_e(predicate.wikidata)}</small>" if predicate.wikidata else ""
        conflict = ""
        number = self.conflicted.get((entity.id, predicate))
        if number is not None:
            href = self.conflict_href(here, number)
            conflict = f' <a class="conflict" href="{href}">sources conflict</a>'
        # Each value's scopes: one value can be preferred in several (a region and a medium).
        preferred: dict[Value, list[Preferred]] = defaultdict(list)
        for best in statement.preferred:
            preferred[best.value].append(best)
        refines: dict[Value, list[Fact]] = defaultdict(list)
        folded: set[Value] = set()
        conflicting: set[Value] = set()
        overlapping: set[Value] = set()
        for best in statement.preferred:
            for fact in best.facts[1:]:
                refines[best.value].append(fact)
                folded.add(fact.value)
            conflicting.update(fact.value for fact in best.conflicts)
            overlapping.update(fact.value for fact in best.overlaps)
        items: list[str] = []
        for fact in statement.facts:
            if fact.value in folded and fact.value not in preferred:
                continue
            badge = ""
            choices = preferred.get(fact.value, ())
            if choices and len(statement.facts) > 1:
                badge = "".join(
                    f' <span class="preferred" title="{_e(choice.reason)}">preferred'
                    f"{' ' + scope if scope else ''}</span>"
                    for choice in choices
                    for scope in (self.scope(here, choice.scope),)
                )
            elif fact.value in conflicting:
                badge = ' <span class="conflicting">conflicts with the preferred value</span>'
            elif fact.value in overlapping:
                badge = (
                    ' <span class="overlapping">overlaps the preferred value only in part</span>'
                )
            less = "".join(
                f"<li>less precisely: {self.value(here, vague.value)}"
                f" {self.claims_cited(here, vague.claims)}</li>"
                for vague in refines.get(fact.value, ())
            )
            value = self.value(here, fact.value)
            lines = self.claims_cited_lines(here, fact.claims)
            refined = f'<ul class="refined">{less}</ul>' if less else ""
            # A value of thousands of claims goes on over lines, its refinements after them.
            items.extend(
                (f"<li>{value}{badge} " if n == 0 else f'<li class="more">{value} (more) ')
                + line
                + (refined if n == len(lines) - 1 else "")
                + "</li>"
                for n, line in enumerate(lines)
            )
        return (
            f'<section id="{_e(predicate.value)}"><h2>{_e(_predicate_label(predicate))}'
            f'{wikidata}{conflict}</h2><ul class="facts">',
            items,
            "</ul></section>\n",
        )

    def scope(self, here: str, scope: Qualifiers) -> str:
        parts = [
            _t(text)
            for text in (
                scope.medium.value if scope.medium else None,
                scope.region,
            )
            if text
        ]
        return " ".join(parts)

    def cast_table(self, here: str, credits: Sequence[MergedCredit]) -> tuple[str, list[str], str]:
        """The cast as one table: a row per person, every character named, a column per
        source with the claims that credit the person (✓, or the character they name)."""
        sources = sorted(
            {claim.source for credit in credits for claim in credit.claims},
            key=self.number.__getitem__,
        )
        head = _source_heads(sources, self.source_column)
        body = []
        for credit in credits:
            characters = ", ".join(self.link(here, c.character) for c in credit.characters)
            person = self.link(here, credit.person)
            # A person thousands of claims credit goes on over rows, a part able to end
            # between them.
            cells_by_source = _cells_by_source(
                credit.claims, sources, self.credit_cite, here, self.number
            )
            for n, cells in cells_by_source:
                body.append(
                    f'<tr><th scope="row">{person}</th><td>{characters or "—"}</td>{cells}</tr>'
                    if n == 0
                    else f'<tr class="more"><th scope="row">{person} (more)</th><td></td>'
                    f"{cells}</tr>"
                )
        return (
            '<section id="cast"><h2>Cast</h2>'
            "<p>Each person once, with every character the sources name and, per source, the"
            " claims that credit them: ✓ where a claim names no character.</p>"
            '<div class="scroll"><table class="cast"><thead><tr><th scope="col">Person</th>'
            f'<th scope="col">Character</th>{head}</tr></thead><tbody>',
            body,
            "</tbody></table></div></section>\n",
        )

    def credit_cite(self, here: str, claim: Claim, *, numbered: bool = False) -> str:
        """A claim of a credit as a link to its quote: ✓, or the character it names."""
        character = claim.qualifiers.character
        status = claim.qualifiers.status
        hint = f"claim {claim.id}: “{_short(claim.evidence.quote, _HINT_QUOTE)}”"
        if claim.note:
            hint += f"\nnote: {claim.note}"
        return (
            f'<a class="cite" href="{_e(self.claim_href(here, claim))}"'
            f' data-claim="{_e(claim.id)}" title="{_e(hint)}">'
            + (f"[{self.number[claim.source]}]" if numbered else "")
            + (" " if numbered and character else "")
            + (
                f"as {_t(label_with_year(self.by_id[character]))}"
                if character
                else ""
                if numbered
                else "✓"
            )
            + (f" ({_e(enum_words(status))})" if status else "")
            + ("†" if claim.note else "")
            + "</a>"
        )

    def credits_section(
        self, here: str, entity: Entity, credits: Sequence[MergedCredit]
    ) -> tuple[str, list[str], str]:
        """Credits other than a film's cast: its crew, a person's filmography, the actors who
        played a character; each merged across sources. Columns empty in every row (the
        entity itself) are left out."""
        heads = ("Work", "Person", "Role", "Character", "Status", "Sources")
        rows = []
        for credit in credits:
            row = (
                self.link(here, credit.work) if credit.work != entity.id else "",
                self.link(here, credit.person) if credit.person != entity.id else "",
                _e(_predicate_label(credit.role)),
                ", ".join(self.link(here, c.character) for c in credit.characters),
                ", ".join(_e(enum_words(s)) for s in credit.statuses),
            )
            claims = sorted(credit.claims, key=lambda c: (self.number[c.source], c.id))
            # A credit of thousands of claims goes on over rows that cite the rest.
            for n in range(0, max(len(claims), 1), _CITES_PER_LINE):
                cites = " ".join(
                    self.credit_cite(here, c, numbered=True)
                    for c in claims[n : n + _CITES_PER_LINE]
                )
                rows.append((*(row if n == 0 else ("",) * len(row)), cites))
        kept = [n for n in range(len(heads)) if any(row[n] for row in rows)]
        head = "".join(f'<th scope="col">{heads[n]}</th>' for n in kept)
        body = ["<tr>" + "".join(f"<td>{row[n]}</td>" for n in kept) + "</tr>" for row in rows]
        return (
            '<section id="credits"><h2>Credits</h2>'
            f'<div class="scroll"><table class="credits"><thead><tr>{head}</tr></thead><tbody>',
            body,
            "</tbody></table></div></section>\n",
        )

    def claim_href(self, here: str, claim: Claim) -> str:
        return _relative(here, self.anchor_page(claim)) + "#" + _claim_anchor(claim.id)

    def anchor_page(self, claim: Claim) -> str:
        """The page, or part of a page, of the claim's source that holds its anchor."""
        self.source_pages(claim.source)
        return self._anchored[claim.id]

    # Timelines

    def timeline_pages(self, entity: Entity) -> list[tuple[str, str]]:
        here = _timeline_path(entity.id)
        entries = self.catalog.timeline(entity)
        body = _Parts()
        body.add(
            f"<h1>Timeline of {self.link(here, entity.id)}</h1>\n"
            "<p>Sources in the order they were published, as far as their dates tell (each by"
            " the earliest day its date allows), with what each said first. Bars are as long"
            " as a date is vague: a year is a year long, a day a mark.</p>\n"
        )
        body.add(_timeline_svg(self, here, entries))
        # A list of one source each, so that a part can end between sources, or between
        # the claims of one.
        for entry in entries:
            source = entry.source
            # A claim about another entity that names this one says whose it is.
            new = [
                "<li>"
                + (f"{self.link(here, c.subject)}: " if c.subject != entity.id else "")
                + f"<span class='predicate'>{_e(_predicate_label(c.predicate))}</span> "
                f"{self.value(here, c.value)} {self.claims_cited(here, (c,))}</li>"
                for c in entry.new
            ]
            repeated = len(entry.claims) - len(entry.new)
            again = f"{repeated} claim{'s' if repeated > 1 else ''} earlier sources made"
            head = (
                f'<ol class="timeline"><li value="{self.number[source.id]}"><a href="'
                f'{_relative(here, _source_path(source.id))}">{_t(_source_label(source))}</a>'
                f"{self.published(source)}"
                + (f" <em>({_t(UNCERTAIN_ORDER)})</em>" if entry.uncertain_order else "")
            )
            tail = (f"<p>and {again}</p>" if repeated else "") + "</li></ol>\n"
            if new:
                body.section(head + '<ul class="facts">', new, "</ul>" + tail)
            else:
                body.add(head + tail)
        return self.pages(here, f"Timeline of {label_with_year(entity)}", body)

    # Source pages

    def source_pages(self, source_id: str) -> list[tuple[str, str]]:
        """The source's page, in parts where it is long; built once."""
        built = self._source_pages.get(source_id)
        if built is None:
            built = self._source_pages[source_id] = self._build_source_pages(source_id)
        return built

    def _build_source_pages(self, source_id: str) -> list[tuple[str, str]]:
        source = self.catalog.source(source_id)
        here = _source_path(source.id)
        claims = self.catalog.claims_from(source)
        text = self.catalog.texts.get(source.id)
        meta = [
            ("Author", source.author),
            ("Publisher", source.publisher),
            ("Published", date_words(source.published) if source.published else None),
            ("How the date is known", source.published_note),
            ("Language", source.language),
            ("Note", source.note),
            ("Id", source.id),
            ("SHA-256", source.sha256),
        ]
        rows = "".join(f"<dt>{name}</dt><dd>{_t(value)}</dd>" for name, value in meta if value)
        body = _Parts()
        body.add(
            f"<h1>[{self.number[source.id]}] {_t(_source_label(source))}</h1>\n"
            f'<dl class="meta">{rows}</dl>\n'
        )
        located = [c for c in claims if text is not None and _at_offsets(text, c)]
        missing = [c for c in claims if text is None or not _at_offsets(text, c)]
        # Each claim's anchor: on the part of the page its piece of the text lands on.
        part_of: dict[str, int] = {}
        if text is None:
            body.add("<p>The catalog holds no text for this source.</p>\n")
        else:
            body.add(
                f"<h2>Text</h2>\n<p>{len(located)} quotes highlighted; a darker highlight is"
                " where quotes overlap. Each starts with its claim's id.</p>\n"
            )
            pieces = list(_highlighted(text, located))
            landed = body.section(
                f'<div class="text" lang="{_e(source.language)}" dir="auto">',
                (piece for piece, _ in pieces),
                "</div>\n",
            )
            for part, (_, anchored) in zip(landed, pieces, strict=True):
                part_of.update(dict.fromkeys(anchored, part))
        if missing:
            lines = [
                f'<li><span id="{_e(_claim_anchor(c.id))}" class="anchor"'
                f' data-label="{_e(c.id)}"></span><mark class="d1" data-claims="{_e(c.id)}">'
                f"{_e(c.evidence.quote)}</mark> [{c.evidence.start}:{c.evidence.end}]</li>"
                for c in missing
            ]
            landed = body.section(
                '<h2>Quotes not found at their offsets</h2>\n<ul class="missing">',
                lines,
                "</ul>\n",
            )
            part_of.update((c.id, part) for c, part in zip(missing, landed, strict=True))
        self._anchored.update((c, _part_path(here, part)) for c, part in part_of.items())
        if claims:
            name = here.rpartition("/")[2]
            lines = [
                f'<tr><td><a href="{_part_path(name, part_of[c.id])}#{_e(_claim_anchor(c.id))}">'
                f"{_e(c.id)}</a></td>"
                f"<td>{self.link(here, c.subject)}</td>"
                f"<td>{_e(_predicate_label(c.predicate))}</td>"
                f"<td>{self.value(here, c.value)} {self.qualifiers(here, c)}"
                + (f' <span class="note">{_t(c.note)}</span>' if c.note else "")
                + "</td></tr>"
                for c in claims
            ]
            body.section(
                "<h2>Claims</h2>\n"
                '<div class="scroll"><table class="claims"><thead><tr><th scope="col">Claim</th>'
                '<th scope="col">Subject</th><th scope="col">Predicate</th>'
                '<th scope="col">Value</th></tr></thead><tbody>',
                lines,
                "</tbody></table></div>\n",
            )
        return self.pages(here, _source_label(source), body)

    # Conflicts

    def conflict_pages(self) -> list[tuple[str, str]]:
        """The conflicts' pages, :data:`PAGE_SIZE` conflicts to a page, a page in parts where
        its conflicts are long; built once."""
        if self._conflict_pages is not None:
            return self._conflict_pages
        self._conflict_pages = []
        numbered = list(enumerate(self.conflicts))
        for path, chunk, nav in _paginate("conflicts", numbered):
            body = _Parts()
            body.add(
                "<h1>Conflicts</h1>\n"
                "<p>Values of one entity and predicate that cannot both hold: each value,"
                " and the sources that give it. Less precise values and histories are not"
                " conflicts; entity pages show them.</p>\n"
                + (nav if chunk else "<p>No conflicts.</p>\n")
            )
            for n, disagreement in chunk:
                landed = body.section(*self.conflict(path, n, disagreement))
                self._conflict_at[n] = _part_path(path, landed[0] if landed else 0)
            body.add(nav)
            self._conflict_pages.extend(self.pages(path, "Conflicts", body))
        return self._conflict_pages

    def conflict_href(self, here: str, number: int) -> str:
        self.conflict_pages()
        return _relative(here, self._conflict_at[number]) + f"#conflict-{number}"

    def conflict(
        self, here: str, number: int, disagreement: Disagreement
    ) -> tuple[str, list[str], str]:
        sources = sorted(disagreement.sources, key=self.number.__getitem__)
        head = _source_heads(sources, self.source_column)
        rows = []
        for fact in disagreement.facts:
            value = self.value(here, fact.value)
            # A value thousands of claims give goes on over rows.
            for n, cells in _cells_by_source(fact.claims, sources, self.cite, here, self.number):
                shown = value if n == 0 else f"{value} (more)"
                rows.append(f'<tr><th scope="row">{shown}</th>{cells}</tr>')
        return (
            f'<section id="conflict-{number}"><h2>{self.link(here, disagreement.subject)}: '
            f"{_e(_predicate_label(disagreement.predicate))}</h2>"
            '<div class="scroll"><table class="grid"><thead><tr><th scope="col">Value</th>'
            f"{head}</tr></thead><tbody>",
            rows,
            "</tbody></table></div></section>\n",
        )

    # Search

    def search_index(self) -> str:
        entries = [
            [
                label_with_year(entity),
                self.href(entity.id),
                kind_of(entity),
                [alias.name if not isinstance(alias, str) else alias for alias in entity.aliases],
            ]
            for entity in self.entities
        ]
        # ASCII only: every other character, U+2028 included, is a \u escape in the script;
        # and no markup characters, so that the script reads the same wherever it is put.
        data = json.dumps(entries, ensure_ascii=True, separators=(",", ":"))
        for char in "<>&":
            data = data.replace(char, f"\\u{ord(char):04x}")
        return f'"use strict";\nwindow.BALLERINA_SEARCH = {data};\n'


# The parts of a page that come from the catalog's answers, one function each.


def _profile(catalog: Catalog, entity: Entity) -> Profile:
    """Everything the catalog holds about the entity: statements, credits, mentions."""
    return catalog.about(entity)


def _conflicts(catalog: Catalog) -> tuple[Disagreement, ...]:
    """The catalog's conflicts, each with the facts on every side."""
    return catalog.disagreements()


#: The lists of entities: the pages' name (the catalog's field of that name), their title.
_KINDS = (
    ("films", "Films and series"),
    ("people", "People"),
    ("characters", "Characters"),
    ("organizations", "Organizations"),
)


def _names(entity: Entity) -> list[str]:
    """The entity's other names, as markup; a film's say what kind of title each is."""
    if isinstance(entity, Film):
        return [
            f"{_t(alias.name)} <small>{_e(alias.kind.value.replace('_', ' '))}</small>"
            for alias in entity.aliases
        ]
    return [_t(alias) for alias in entity.aliases]


def _list_path(name: str, number: int) -> str:
    """The path of the ``number``-th page (from 0) of a list."""
    return f"{name}.html" if number == 0 else f"{name}-{number + 1}.html"


def _paginate(name: str, items: Sequence[T]) -> list[tuple[str, Sequence[T], str]]:
    """Pages of at most PAGE_SIZE items: (path, items, navigation to a few other pages)."""
    count = max(1, -(-len(items) // PAGE_SIZE))
    return [
        (
            _list_path(name, n),
            items[n * PAGE_SIZE : (n + 1) * PAGE_SIZE],
            _page_nav("Pages:", lambda k: _list_path(name, k), n, count) if count > 1 else "",
        )
        for n in range(count)
    ]


#: How far from a page of a list (or a part of a page) its navigation reaches, either way,
#: beside the first and the last: each page linked to every other made a list of N entries
#: N²/PAGE_SIZE² links (1.7 million people: 4,268 pages, 1.5 GB). The steps of 10 and 100
#: keep a far page a few dozen clicks away.
NAV_STEPS = (1, 2, 3, 10, 100)


def _page_nav(label: str, path: Callable[[int], str], current: int, count: int) -> str:
    """Links from page ``current`` (from 0) of ``count``: the previous and the next, then the
    first, the last and those :data:`NAV_STEPS` away, in order, "…" where pages are skipped.
    At most 12 other pages, and every page reached from the first by "next"."""
    around = (current + sign * step for step in NAV_STEPS for sign in (-1, 1))
    shown = sorted({0, current, count - 1, *(k for k in around if 0 <= k < count)})
    links = []
    if current > 0:
        links.append(f'<a href="{path(current - 1)}" rel="prev">previous</a>')
    if current < count - 1:
        links.append(f'<a href="{path(current + 1)}" rel="next">next</a>')
    for before, k in itertools.pairwise([-1, *shown]):
        if k > before + 1:
            links.append("…")
        current_page = ' aria-current="page"' if k == current else ""
        links.append(f'<a href="{path(k)}"{current_page}>{k + 1}</a>')
    return f'<nav class="pages">{label} {" ".join(links)}</nav>\n'


def _relative(here: str, target: str) -> str:
    return "../" * here.count("/") + target


# Source text with highlights


def _at_offsets(text: str, claim: Claim) -> bool:
    evidence = claim.evidence
    return 0 <= evidence.start < evidence.end <= len(text) and (
        text[evidence.start : evidence.end] == evidence.quote
    )


#: Characters of HTML in one piece of a highlighted text (see :func:`_highlighted`), and
#: of text between the places it may be cut where it has no line break.
_PIECE = 20_000
_UNBROKEN = 100_000


def _highlighted(text: str, claims: Sequence[Claim]) -> Iterator[tuple[str, list[str]]]:
    """The text with each claim's quote marked at its offsets, in pieces: each piece's HTML
    and the claims whose anchors it holds.

    Overlapping quotes cut the text into runs; each run is one ``<mark>`` listing the claims
    it belongs to in ``data-claims`` (the first :data:`MOST_MARKED_CLAIMS` of them, in the
    order their quotes start), shaded by how many, so a claim's highlight is the run of
    marks holding its id and reads as its quote wherever no more than that many overlap. An
    empty anchor, ``id="claim-ID"``, sits where each quote starts; its label is drawn by the
    style sheet, so it is not text.

    A piece ends at the start of a line, after about :data:`_PIECE` characters of HTML,
    where no quote goes on (or, past ten times that, where one does; a text without line
    breaks may end a piece every :data:`_UNBROKEN` characters): the page's parts are cut
    between pieces, at paragraph boundaries, and every piece is well-formed HTML.
    """
    starts: dict[int, list[Claim]] = defaultdict(list)
    ends: dict[int, list[str]] = defaultdict(list)
    for claim in claims:
        starts[claim.evidence.start].append(claim)
        ends[claim.evidence.end].append(claim.id)
    lines = {n + 1 for n, char in enumerate(text) if char == "\n"}
    lines.update(range(_UNBROKEN, len(text), _UNBROKEN))
    bounds = sorted({0, len(text), *starts, *ends, *lines})
    active: dict[str, Claim] = {}
    out: list[str] = []
    anchored: list[str] = []
    size = 0
    for left, right in itertools.pairwise(bounds):
        for claim_id in ends.get(left, ()):
            del active[claim_id]
        if left in lines and (size > 10 * _PIECE or (size > _PIECE and not active)):
            yield "".join(out), anchored
            out, anchored, size = [], [], 0
        for claim in starts.get(left, ()):
            active[claim.id] = claim
            anchored.append(claim.id)
            out.append(
                f'<span id="{_e(_claim_anchor(claim.id))}" class="anchor"'
                f' data-label="{_e(claim.id)}"></span>'
            )
        piece = _e(text[left:right])
        if active:
            # The first claims of a run only: quotes overlapping thousands deep (a quote
            # starting at each character of another) made every run list them all, a 391 MB
            # page of a 4 MB catalog. Those past the first are still anchored and linked.
            ids = " ".join(itertools.islice(active, MOST_MARKED_CLAIMS))
            # The hint names the first few: thousands of quotes over one word stay readable.
            named = [
                f"{c.id} {_predicate_label(c.predicate)}"
                for c in itertools.islice(active.values(), 5)
            ]
            more = len(active) - len(named)
            hint = "; ".join(named) + (f"; and {more} more" if more else "")
            depth = min(len(active), 3)
            piece = (
                f'<mark class="d{depth}" data-claims="{_e(ids)}" title="{_e(hint)}">{piece}</mark>'
            )
        out.append(piece)
        size += len(piece)
    yield "".join(out), anchored


# Timeline drawing


def _first_day(date: PartialDate | DateInterval) -> datetime.date | None:
    """The first day a date could mean; ``None`` for an interval open before."""
    first = date.first_day
    return None if first is None else datetime.date(*first)


def _last_day(date: PartialDate | DateInterval) -> datetime.date | None:
    """The last day a date could mean; ``None`` for an interval open after."""
    last = date.last_day
    if last is None:
        return None
    year, month, day = last
    if year > datetime.MAXYEAR:
        return datetime.date.max
    return datetime.date(year, month, min(day, days_in_month(year, month)))


_WIDTH = 760
#: Lines of a timeline's chart, sources and dates: about 350 characters each.
_LINES_DRAWN = 1_000
_LEFT = 210
_RIGHT = 24
_LINE = 18


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _chart_lines(
    entries: Sequence[TimelineEntry],
) -> tuple[list[tuple[TimelineEntry, Claim | None]], int]:
    """The lines of a timeline's chart, a source's (``None``) then each date it gives first,
    at most :data:`_LINES_DRAWN` of them; and how many there are in all."""
    lines: list[tuple[TimelineEntry, Claim | None]] = []
    for entry in entries:
        lines.append((entry, None))
        given: set[tuple[Predicate, PartialDate]] = set()
        for claim in entry.claims:
            if isinstance(claim.value, DateValue):
                key = (claim.predicate, claim.value.date)
                if key not in given:
                    given.add(key)
                    lines.append((entry, claim))
    # A chart of thousands of lines would make a page no part can hold: the first are drawn,
    # and the list beneath the chart gives every source and date.
    return lines[:_LINES_DRAWN], len(lines)


def _timeline_svg(site: _Site, here: str, entries: Sequence[TimelineEntry]) -> str:
    """A chart of the timeline: a line per source in publication order, its bar spanning its
    publication date, then a line per date its claims give, drawn as the span that date
    covers and linked to the quote that gives it."""
    lines, every = _chart_lines(entries)
    spans: list[PartialDate | DateInterval] = []
    for entry, claim in lines:
        if claim is None:
            if entry.published is not None:
                spans.append(entry.published)
        else:
            assert isinstance(claim.value, DateValue)
            spans.append(claim.value.date)
    height = _LINE * len(lines) + 34
    out = [
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH}'
        f' {height}" role="img" aria-label="Sources and the dates they give on a time axis">'
    ]
    # The axis spans every known day; an interval's open end runs to the axis's edge.
    firsts = [day for d in spans if (day := _first_day(d)) is not None]
    lasts = [day for d in spans if (day := _last_day(d)) is not None]
    low = min(firsts or lasts, default=datetime.date(2000, 1, 1)).toordinal()
    high = max(lasts or firsts, default=datetime.date(2000, 1, 1)).toordinal() + 1
    scale = (_WIDTH - _LEFT - _RIGHT) / max(high - low, 1)

    def x(day: int) -> float:
        return _LEFT + (day - low) * scale

    if spans:
        first_year = datetime.date.fromordinal(low).year
        last_year = datetime.date.fromordinal(high - 1).year
        step = max(1, -(-(last_year - first_year + 1) // 8))
        for year in range(first_year, min(last_year + 1, datetime.MAXYEAR) + 1, step):
            at = x(datetime.date(year, 1, 1).toordinal())
            if _LEFT <= at <= _WIDTH - _RIGHT + 1:
                out.append(
                    f'<line class="tick" x1="{at:.1f}" y1="0" x2="{at:.1f}" y2="{height - 22}"/>'
                    f'<text class="axis" x="{at:.1f}" y="{height - 8}">{year}</text>'
                )

    def bar(date: PartialDate | DateInterval, top: float, css: str, hint: str) -> str:
        first, last = _first_day(date), _last_day(date)
        left = _LEFT if first is None else x(first.toordinal())
        right = _WIDTH - _RIGHT if last is None else x(last.toordinal() + 1)
        if first is None or last is None:  # an open interval: the bar fades out at its open end
            css += " open-before" if first is None else " open-after"
        return (
            f'<rect class="{css}" x="{left:.1f}" y="{top:.1f}" width="{max(right - left, 3):.1f}"'
            f' height="9"><title>{_e(hint)}</title></rect>'
        )

    for row, (entry, given_date) in enumerate(lines):
        top = row * _LINE + 4
        source = entry.source
        if given_date is None:
            label = f"[{site.number[source.id]}] {_source_label(source)}"
            published = f"published {date_words(entry.published)}" if entry.published else "undated"
            out.append(
                f'<a href="{_e(_relative(here, _source_path(source.id)))}">'
                f'<text class="source" x="2" y="{top + 9}"><title>{_e(label)}</title>'
                f"{_e(_short(label, 30))}</text></a>"
                + (
                    bar(entry.published, top, "published", published)
                    if entry.published is not None
                    else f'<text class="undated" x="{_LEFT}" y="{top + 9}">undated</text>'
                )
            )
        else:
            claim = given_date
            assert isinstance(claim.value, DateValue)
            date = claim.value.date
            # In words, as the list beneath the chart gives it: "spring 2023", not "2023-21".
            label = f"{_predicate_label(claim.predicate)} {date_words(date)}"
            out.append(
                f'<a href="{_e(site.claim_href(here, claim))}">'
                f'<text class="said" x="14" y="{top + 9}">{_e(_short(label, 30))}</text>'
                + bar(
                    date,
                    top,
                    "said",
                    f"{label} (claim {claim.id}): “{_short(claim.evidence.quote, _HINT_QUOTE)}”",
                )
                + "</a>"
            )
    out.append("</svg>")
    dates = any(claim is not None for _, claim in lines)
    out.append(
        '<figcaption><span class="key published"></span> when the source was published'
        " (a pale bar to the edge: its words bound its date on one side only)"
        + (
            ' <span class="key said"></span> a date it gives, as long as it is vague (each'
            " links to its quote)"
            if dates
            else ""
        )
        + (
            f" (the first {len(lines):,} lines of {every:,}: the list below gives each)"
            if every > len(lines)
            else ""
        )
        + "</figcaption></figure>\n"
    )
    return "".join(out)


# The site as files


def site_pages(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """Every file of the catalog's site: its path relative to the site's folder, its text."""
    site = _Site(catalog)
    yield "style.css", _STYLE
    yield "search.js", _SEARCH
    yield "search-index.js", site.search_index()
    yield "index.html", site.index()
    yield from site.entity_lists()
    yield from site.conflict_pages()
    for entity in site.entities:
        if entity.id not in site.listed:
            yield from site.entity_pages(entity)
        if entity.id in site.timelined:
            yield from site.timeline_pages(entity)
    for source in catalog.sources:
        yield from site.source_pages(source.id)


def write_pages(catalog: Catalog, folder: str) -> None:
    """Write every file of the catalog's site into ``folder``, a new empty folder."""
    made = {folder}
    for path, text in site_pages(catalog):
        full = os.path.join(folder, *path.split("/"))
        parent = os.path.dirname(full)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        # "x": a file never written twice, nor through a link planted in the folder.
        with open(full, "x", encoding="utf-8", newline="\n") as fp:
            fp.write(text)


_STYLE = """\
:root { --ink: #1d1d1f; --muted: #5b5b66; --line: #d8d8de; --accent: #8a1538; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 0 1rem 3rem; color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline;
  padding: .75rem 0; border-bottom: 1px solid var(--line); }
nav a { margin-right: 1rem; }
a { color: var(--accent); }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 1.2rem 0 .4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
h2 small, .kind code, .count, .date { color: var(--muted); font-weight: normal; }
.count::before { content: "· "; }
.kind { color: var(--muted); margin: 0; }
ul.facts, ul.entities { padding-left: 1.1rem; }
ul.facts li { margin: .3rem 0; overflow-wrap: anywhere; }
.cites { margin-left: .3rem; }
a.cite { font-size: .8rem; text-decoration: none; background: #f3e6ea; border-radius: 3px;
  padding: 0 .25rem; white-space: nowrap; }
.note { color: var(--muted); font-size: .85rem; font-style: italic; }
.note::before { content: "note: "; }
.preferred, .conflicting, .overlapping { font-size: .75rem; border-radius: 3px; padding: 0 .3rem;
  margin-left: .3rem; white-space: nowrap; }
.preferred { background: #dcefdc; color: #1e5a1e; cursor: help; }
.conflicting { background: #fde2c8; color: #7a3a00; }
.overlapping { background: #fdf3c8; color: #6b5200; }
ul.refined { list-style: none; padding-left: 1rem; color: var(--muted); font-size: .9rem; }
a.conflict { font-size: .8rem; font-weight: normal; background: #fde2c8; color: #7a3a00;
  border-radius: 3px; padding: 0 .3rem; margin-left: .4rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.7 Georgia, serif;
  border: 1px solid var(--line); border-radius: 6px; padding: 1rem; background: #fcfcfa; }
mark { color: inherit; border-radius: 2px; }
mark.d1 { background: #fff1a8; }
mark.d2 { background: #ffd86b; }
mark.d3 { background: #ffb84d; }
.anchor { scroll-margin-top: 4rem; }
.anchor::before { content: attr(data-label); font: 10px/1 system-ui, sans-serif;
  color: var(--muted); background: #eee; border-radius: 2px; padding: 0 2px;
  vertical-align: super; margin: 0 1px; }
.anchor:target::before { background: var(--accent); color: #fff; }
.anchor:target + mark { outline: 2px solid var(--accent); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart svg { width: 100%; min-width: 600px; height: auto; font: 11px system-ui, sans-serif; }
svg .tick { stroke: var(--line); }
svg .axis { fill: var(--muted); text-anchor: middle; }
svg .source { fill: var(--accent); }
svg .undated, svg text.said { fill: var(--muted); }
svg rect.published { fill: #6d8fb8; }
svg rect.said { fill: #e08a2c; }
svg rect.open-before, svg rect.open-after { fill-opacity: 0.45; }
figcaption { color: var(--muted); font-size: .85rem; }
.key { display: inline-block; width: 1.2em; height: .7em; margin-left: .6rem; }
.key.published { background: #6d8fb8; }
.key.said { background: #e08a2c; }
ol.timeline > li { margin-bottom: .8rem; }
form.search { position: relative; }
form.search input { font: inherit; padding: .2rem .4rem; width: 14rem; max-width: 60vw; }
form.search ul { position: absolute; z-index: 2; margin: 0; padding: .3rem .6rem;
  list-style: none; background: #fff; border: 1px solid var(--line); min-width: 14rem; }
form.search ul:empty { display: none; }
form.search li span { color: var(--muted); font-size: .8rem; }
@media (max-width: 40rem) {
  body { padding: 0 .6rem 2rem; font-size: 15px; }
  h1 { font-size: 1.4rem; }
  dl.meta { grid-template-columns: 1fr; }
}
"""

# Plain JavaScript over the index that search-index.js defines: no fetch(), which browsers
# refuse for file:// pages; results are built as DOM nodes with textContent, never as markup.
_SEARCH = """\
"use strict";
(function () {
  var form = document.querySelector("form.search");
  var entries = window.BALLERINA_SEARCH;
  if (!form || !entries) { return; }
  var root = document.body.getAttribute("data-root") || "";
  var input = form.querySelector("input");
  var list = form.querySelector("ul");
  function fold(text) {
    return text.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  }
  var keys = entries.map(function (entry) {
    return [entry[0]].concat(entry[3]).map(fold).join("\\n");
  });
  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { window.location.href = first.href; }
  });
  input.addEventListener("input", function () {
    var query = fold(input.value.trim());
    list.textContent = "";
    if (!query) { return; }
    for (var i = 0, shown = 0; i < entries.length && shown < 12; i++) {
      if (keys[i].indexOf(query) === -1) { continue; }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + entries[i][1];
      link.textContent = entries[i][0];
      var kind = document.createElement("span");
      kind.textContent = " " + entries[i][2];
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
      shown++;
    }
  });
})();
"""
