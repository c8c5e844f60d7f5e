"""The static site without a browser: its files, links, highlights, escaping and writing.

The browser's view of the same site is in test_site_browser.py (integration).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from ballerina_data import Alias, Catalog, Film, Person, TitleKind, WorkKind, WriteError, export
from ballerina_data import _site as site
from ballerina_data._cli import main
from site_catalogs import HOSTILE, crowded_catalog, hostile_catalog


class _Page(HTMLParser):
    """What the tests read of a page: ids, links, scripts, attributes, marks and text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.attributes: set[str] = set()
        self.marked: defaultdict[str, str] = defaultdict(str)
        self.anchors: list[str] = []
        self.cites: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._mark: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.attributes.update(name for name, _ in attrs)
        if "id" in found and found["id"] is not None:
            self.ids.add(found["id"])
            if "anchor" in (found.get("class") or ""):
                self.anchors.append(found["id"])
        for name in ("href", "src"):
            value = found.get(name)
            if value is not None:
                self.links.append(value)
        if tag == "script":
            self.scripts.append(found)
        if tag == "mark":
            self._mark = (found.get("data-claims") or "").split()
        if tag == "a" and "cite" in (found.get("class") or ""):
            self.cites.append((found["data-claim"] or "", found["href"] or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for claim_id in self._mark or ():
            self.marked[claim_id] += data


# By the catalog's id: a catalog is not hashable, and the two here live as long as the module.
_PAGES: dict[int, dict[str, str]] = {}
_PARSED: dict[tuple[int, str], _Page] = {}


def _pages(catalog: Catalog) -> dict[str, str]:
    if id(catalog) not in _PAGES:
        _PAGES[id(catalog)] = dict(site.site_pages(catalog))
    return _PAGES[id(catalog)]


def _parsed(catalog: Catalog, path: str) -> _Page:
    if (id(catalog), path) not in _PARSED:
        _PARSED[id(catalog), path] = _Page(_pages(catalog)[path])
    return _PARSED[id(catalog), path]


SHIPPED = Catalog.default()


def _html(catalog: Catalog) -> list[str]:
    return [path for path in _pages(catalog) if path.endswith(".html")]


def _assert_every_link_lands(catalog: Catalog) -> None:
    pages = _pages(catalog)
    for path in _html(catalog):
        for link in _parsed(catalog, path).links:
            assert ":" not in link.partition("#")[0], (path, link)  # relative, no scheme
            target, _, fragment = link.partition("#")
            resolved = (
                posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                if target
                else path
            )
            assert resolved in pages, (path, link)
            if fragment:
                assert fragment in _parsed(catalog, resolved).ids, (path, link)


def _search_entries(catalog: Catalog) -> list[list[Any]]:
    script = _pages(catalog)["search-index.js"]
    assert script.isascii()
    entries: list[list[Any]] = json.loads(script.split(" = ", 1)[1].rstrip(";\n"))
    return entries


class TestTheShippedSite:
    def test_a_page_for_every_entity_timeline_and_source(self) -> None:
        paths = set(_pages(SHIPPED))
        ids = [e.id for e in SHIPPED.films] + [e.id for e in SHIPPED.people]
        ids += [e.id for e in SHIPPED.characters] + [e.id for e in SHIPPED.organizations]
        assert all(SHIPPED.claims_about(entity_id) for entity_id in ids)
        expected = {f"{entity_id}.html" for entity_id in ids}
        # A timeline for each entity of two or more sources, linked from its page.
        told = [i for i in ids if len({c.source for c in SHIPPED.claims_about(i)}) > 1]
        assert 0 < len(told) < len(ids)
        expected |= {f"timeline/{entity_id}.html" for entity_id in told}
        expected |= {f"source/{s.id}.html" for s in SHIPPED.sources}
        assert {p for p in paths if p.startswith(("timeline/", "source/"))} | {
            f"{entity_id}.html" for entity_id in ids
        } <= expected
        assert expected <= paths
        for entity_id in ids:
            linked = f'href="{"../" * entity_id.count("/")}timeline/{entity_id}.html"'
            assert (linked in _pages(SHIPPED)[f"{entity_id}.html"]) == (entity_id in told)
        assert {"index.html", "conflicts.html", "search.js", "search-index.js"} <= paths

    def test_each_highlight_reads_as_its_quote_and_each_claim_has_one_anchor(self) -> None:
        for source in SHIPPED.sources:
            page = _parsed(SHIPPED, f"source/{source.id}.html")
            claims = SHIPPED.claims_from(source)
            assert sorted(page.anchors) == sorted(f"claim-{c.id}" for c in claims)
            assert {c.id: c.evidence.quote for c in claims} == dict(page.marked)

    def test_every_link_lands_on_a_page_and_an_id_of_it(self) -> None:
        _assert_every_link_lands(SHIPPED)

    def test_every_fact_links_to_the_highlight_of_its_claim(self) -> None:
        claims = {claim.id: claim for claim in SHIPPED.claims}
        cited = set()
        for path in _html(SHIPPED):
            for claim_id, href in _parsed(SHIPPED, path).cites:
                source = claims[claim_id].source
                assert href.endswith(f"source/{source}.html#claim-{claim_id}"), (path, href)
                cited.add(claim_id)
        assert set(claims) == cited  # every claim is a fact shown somewhere

    def test_the_cast_table_has_each_person_once(self) -> None:
        page = _pages(SHIPPED)["film/ballerina-2024.html"]
        table = page.split('<table class="cast">', 1)[1].split("</table>", 1)[0]
        rows = table.split("<tr>")[2:]
        people = [row.split('href="../', 1)[1].split('"', 1)[0] for row in rows]
        assert len(people) == len(set(people)) > 4
        ana = next(row for row in rows if "person/ana-de-armas.html" in row)
        assert "character/rooney.html" in ana
        cast_sources = {
            c.source
            for c in SHIPPED.claims_about("film/ballerina-2024", "cast_member")
            if c.value.id == "person/ana-de-armas"  # type: ignore[union-attr]
        }
        assert len(cast_sources) == ana.count("<td>") - 1  # one cell per source with a claim

    def test_past_a_number_of_sources_a_table_lists_each_rows_sources_in_one_cell(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: a cast of 5,000 sources, each crediting one person, made 2 GB of pages
        # and 4 GB of memory: every row had a cell, and every part a head, per source.
        from ballerina_data import _site

        monkeypatch.setattr(_site, "MOST_SOURCE_COLUMNS", 1)
        page = dict(site.site_pages(SHIPPED))["film/ballerina-2024.html"]
        table = page.split('<table class="cast">', 1)[1].split("</table>", 1)[0]
        head, body = table.split("</thead>", 1)
        assert head.count('<th scope="col">') == 3  # person, character, sources
        ana = next(row for row in body.split("<tr>") if "person/ana-de-armas.html" in row)
        claims = [
            c
            for c in SHIPPED.claims_about("film/ballerina-2024", "cast_member")
            if c.value.id == "person/ana-de-armas"  # type: ignore[union-attr]
        ]
        assert ana.count("<td>") == 2  # the characters, and one cell of every source
        for claim in claims:
            assert f"#claim-{claim.id}" in ana
        numbers = [int(n) for n in re.findall(r"(?:<td>|; )\[(\d+)\] <a", ana)]
        assert len(numbers) == len({c.source for c in claims})  # each source once, in order
        assert numbers == sorted(numbers)

    def test_a_highlighted_run_lists_at_most_a_bound_of_claims(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Reported: 3,000 quotes each starting a character after the one before made a
        # 391 MB page of a 4 MB catalog, each run listing every claim over it.
        from ballerina_data import _site

        monkeypatch.setattr(_site, "MOST_MARKED_CLAIMS", 1)
        pages = dict(site.site_pages(SHIPPED))
        source = SHIPPED.sources[1]
        page = pages[f"source/{source.id}.html"]
        lists = re.findall(r'data-claims="([^"]*)"', page)
        assert lists
        assert all(len(found.split()) == 1 for found in lists)
        for claim in SHIPPED.claims_from(source.id):
            assert f'id="claim-{claim.id}"' in page  # each quote still anchored

    def test_the_timeline_draws_a_partial_date_as_a_span(self) -> None:
        page = _pages(SHIPPED)["timeline/film/ballerina-2024.html"]
        widths = {
            title.split(" (claim", 1)[0]: float(width)
            for width, title in re.findall(
                r'<rect class="said" x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)" height="9">'
                r"<title>([^<]*)</title>",
                page,
            )
        }
        # A year is a year long: 366 days of 2024 against the day's 3-unit mark, on an axis
        # from 2018 (004's publication date lies between 2018 and October 2023).
        assert widths["release date 2024"] > 20 * widths["release date 2024-06-07"]
        # Reported: a season's date was its code ("2023-21"), not its words.
        reddick = _pages(SHIPPED)["timeline/person/lance-reddick.html"]
        assert "spring 2023" in reddick
        assert "2023-21" not in reddick
        order = re.findall(r'<li value="([0-9]+)"><a href="../../source/', page)
        assert order == sorted(order, key=int)  # sources in publication order
        assert len(order) == len(SHIPPED.timeline("film/ballerina-2024"))
        # Each entry whose date overlaps another's says its place is not certain.
        unsure = sum(entry.uncertain_order for entry in SHIPPED.timeline("film/ballerina-2024"))
        assert 0 < unsure == page.count("order uncertain: another source&#x27;s date overlaps")

    def test_the_index_counts_every_kind(self) -> None:
        text = " ".join(_parsed(SHIPPED, "index.html").text)
        for count, label in [
            (len(SHIPPED.films), "Films and series"),
            (len(SHIPPED.people), "People"),
            (len(SHIPPED.sources), "Sources"),
            (len(SHIPPED.claims), "claims"),
        ]:
            assert f"{label}" in text
            assert f"{count}" in text

    def test_the_search_index_names_every_entity_with_its_aliases(self) -> None:
        by_path = {entry[1]: entry for entry in _search_entries(SHIPPED)}
        wick = by_path["character/john-wick.html"]
        assert ["John Wick", "character", ["Jardani Jovonovich", "Wick"]] == [
            wick[0],
            wick[2],
            wick[3],
        ]
        assert len(by_path) == len(SHIPPED.films) + len(SHIPPED.people) + len(
            SHIPPED.characters
        ) + len(SHIPPED.organizations)

    def test_an_empty_catalog_makes_a_site(self, tmp_path: Path) -> None:
        export.to_site(Catalog(), tmp_path / "site")
        assert "0 claims" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


class TestEntitiesNoClaimNames:
    """An entity no claim is about or names is a line of its kind's list, with no page."""

    # A film with an alternative title and three pages of people: one with claims (the
    # shipped ones come first), then bare ones, one of them with aliases.
    BARE = tuple(
        Person(id=f"person/bare-{n}", name=f"Bare {n}", aliases=("Also", "Aka") * (n == 5))
        for n in range(2 * site.PAGE_SIZE)
    )
    CATALOG = Catalog.default().merge(
        Catalog(
            films=(
                Film(
                    id="film/bare",
                    kind=WorkKind.FILM,
                    title="Bare film",
                    aliases=(Alias(name="Other title", kind=TitleKind.ALTERNATIVE_TITLE),),
                ),
            ),
            people=BARE,
        )
    )

    def test_they_have_no_page_and_their_lists_name_them(self) -> None:
        pages = _pages(self.CATALOG)
        assert set(pages) - set(_pages(SHIPPED)) == {"people-2.html", "people-3.html"}
        for bare in self.BARE:
            position = len(SHIPPED.people) + int(bare.id.rpartition("-")[2])
            number = position // site.PAGE_SIZE
            path = "people.html" if number == 0 else f"people-{number + 1}.html"
            line = pages[path].split(f'<li id="{bare.id}">', 1)[1].split("</li>", 1)[0]
            assert line.startswith(f"<bdi>{bare.name}</bdi> <span")
            assert all(alias in line for alias in bare.aliases)
        film_line = pages["films.html"].split('<li id="film/bare">', 1)[1].split("</li>")[0]
        assert "also known as <bdi>Other title</bdi> <small>alternative title</small>" in film_line

    def test_links_and_search_lead_to_their_lines(self) -> None:
        _assert_every_link_lands(self.CATALOG)
        entries = {entry[0]: entry[1] for entry in _search_entries(self.CATALOG)}
        assert entries["Bare film"] == "films.html#film/bare"
        assert entries["Bare 0"].endswith("#person/bare-0")
        for path in entries.values():
            target, _, fragment = path.partition("#")
            assert not fragment or fragment in _parsed(self.CATALOG, target).ids


class TestAHostileCatalog:
    CATALOG = hostile_catalog()

    def test_no_page_holds_a_script_handler_or_link_of_the_catalogs(self) -> None:
        for path in _html(self.CATALOG):
            page = _parsed(self.CATALOG, path)
            sources = [script.get("src") for script in page.scripts]
            assert sources == [f"{'../' * path.count('/')}{name}" for name in site._SCRIPTS]
            assert not [name for name in page.attributes if name.startswith("on")], path
            assert not [link for link in page.links if ":" in link.partition("#")[0]], path
            assert "autofocus" not in page.attributes

    def test_every_hostile_text_is_shown_as_written(self) -> None:
        shown = "".join("".join(_parsed(self.CATALOG, path).text) for path in _html(self.CATALOG))
        for text in HOSTILE:
            assert text in shown

    def test_quotes_that_overlap_each_read_whole(self) -> None:
        page = _parsed(self.CATALOG, "source/hostile-1.html")
        claims = self.CATALOG.claims_from("hostile-1")
        assert {c.id: c.evidence.quote for c in claims} == dict(page.marked)

    def test_a_conflict_is_a_grid_of_values_and_sources_marked_on_the_entity(self) -> None:
        (conflict,) = self.CATALOG.disagreements()
        page = _parsed(self.CATALOG, "conflicts.html")
        assert "conflict-0" in page.ids
        cited = {claim_id for claim_id, _ in page.cites}
        assert {c.id for fact in conflict.facts for c in fact.claims} == cited
        film = _pages(self.CATALOG)["film/hostile.html"]
        release = film.split('<section id="release_date">', 1)[1].split("</section>", 1)[0]
        assert 'href="../conflicts.html#conflict-0"' in release
        assert 1 == release.count("conflicts with the preferred value")

    def test_the_search_index_is_ascii_json(self) -> None:
        script = _pages(self.CATALOG)["search-index.js"]
        assert script.isascii()
        assert "<" not in script
        entries = json.loads(script.split(" = ", 1)[1].rstrip(";\n"))
        assert {HOSTILE[0], *HOSTILE} <= {name for entry in entries for name in entry[3]} | {
            entry[0].removesuffix(" (2024)") for entry in entries
        }


class TestWholeOrNothing:
    def test_a_new_folder_and_an_empty_one_are_written(self, tmp_path: Path) -> None:
        export.write(SHIPPED, "site", tmp_path / "new")
        (tmp_path / "empty").mkdir()
        export.to_site(SHIPPED, tmp_path / "empty")
        for folder in ("new", "empty"):
            written = {
                str(path.relative_to(tmp_path / folder)) for path in (tmp_path / folder).rglob("*")
            }
            assert set(_pages(SHIPPED)) <= written
        assert sorted(os.listdir(tmp_path)) == ["empty", "new"]  # no temporary folder left

    def test_an_earlier_site_is_replaced_whole(self, tmp_path: Path) -> None:
        export.to_site(hostile_catalog(), tmp_path / "site")
        export.to_site(SHIPPED, tmp_path / "site")
        assert not (tmp_path / "site" / "film" / "hostile.html").exists()
        assert (tmp_path / "site" / "film" / "ballerina-2024.html").is_file()
        assert ["site"] == os.listdir(tmp_path)

    @pytest.mark.parametrize("kind", ["other files", "a file"])
    def test_a_folder_with_other_files_or_a_file_is_refused(
        self, tmp_path: Path, kind: str
    ) -> None:
        target = tmp_path / "target"
        if kind == "other files":
            export.to_site(SHIPPED, target)
            (target / "notes.txt").write_text("mine", encoding="utf-8")
        else:
            target.write_text("mine", encoding="utf-8")
        before = sorted(os.listdir(tmp_path))
        with pytest.raises(WriteError) as refused:
            export.to_site(SHIPPED, target)
        assert str(target) == refused.value.filename
        assert before == sorted(os.listdir(tmp_path))
        if kind == "other files":
            assert "notes.txt" in os.listdir(target)
            assert (target / "index.html").is_file()

    @pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
    def test_a_failure_midway_leaves_nothing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[BaseException]
    ) -> None:
        real = site.site_pages

        def failing(catalog: Catalog) -> Any:
            for n, page in enumerate(real(catalog)):
                if n == 20:
                    raise error
                yield page

        monkeypatch.setattr(site, "site_pages", failing)
        with pytest.raises(error):
            export.to_site(SHIPPED, tmp_path / "site")
        assert [] == os.listdir(tmp_path)

    def test_the_command_writes_a_folder_and_refuses_standard_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert 0 == main(["export", "--format", "site", "--output", str(tmp_path / "s")])
        assert (tmp_path / "s" / "index.html").is_file()
        # A site exported there before is replaced whole; a folder of other files is not.
        first = (tmp_path / "s" / "index.html").stat().st_ino
        assert 0 == main(["export", "--format", "site", "--output", str(tmp_path / "s")])
        assert first != (tmp_path / "s" / "index.html").stat().st_ino
        (tmp_path / "mine").mkdir()
        (tmp_path / "mine" / "thesis.tex").write_text("mine")
        assert 1 == main(["export", "--format", "site", "--output", str(tmp_path / "mine")])
        with pytest.raises(SystemExit, match=r"^2$"):
            main(["export", "--format", "site", "--output", "-"])
        errors = capsys.readouterr().err.splitlines()
        assert "no export wrote, or changed since (thesis.tex)" in errors[0]
        assert ["thesis.tex"] == os.listdir(tmp_path / "mine")
        assert errors[1].endswith(
            "argument --output: the site format writes a folder: give a path, not -;"
            " see ballerina-data export --help"
        )


def test_a_crowded_catalog_is_written_in_pages_under_2_mib_whose_links_all_land(
    tmp_path: Path,
) -> None:
    # One film of 10^4 claims (seven titles, each given by about 350 claims; three release
    # dates, a conflict of 2,500 claims; 500 cast members, one credited by 2,500 claims; one
    # character they all play), all quoted from one source of a 2.1 MB text: the entity,
    # timeline and source pages go on over parts, each well under 2 MiB.
    import html

    catalog = crowded_catalog()
    export.to_site(catalog, tmp_path / "site")
    written = {
        path.relative_to(tmp_path / "site").as_posix(): path.read_bytes()
        for path in (tmp_path / "site").rglob("*")
        if path.is_file()
    }
    assert max(map(len, written.values())) < 2 * 2**20
    # (Its one source gives the film no timeline.)
    parted = {"film/crowded~2", "source/long-1~2", "conflicts~2"}
    assert {f"{path}.html" for path in parted} <= set(written)
    pages = {path: data.decode() for path, data in written.items() if path.endswith(".html")}
    # The pages are the library's own, attributes quoted and escaped: read ids and links
    # with a pattern (an HTML parser takes seconds over the 18 MB).
    ids = {path: set(re.findall(r' id="([^"]*)"', page)) for path, page in pages.items()}
    landed: set[str] = set()
    for path, page in pages.items():
        for link in re.findall(r' (?:href|src)="([^"]*)"', page):
            target, _, fragment = html.unescape(link).partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in written, (path, link)
            if fragment:
                assert fragment in ids[resolved], (path, link)
                landed.add(fragment)
    assert {f"claim-{claim.id}" for claim in catalog.claims} <= landed
    # Across the source's parts, each claim has one anchor and its highlight reads as its
    # quote: no part is cut inside a quote.
    parts = [_Page(page) for path, page in pages.items() if path.startswith("source/")]
    assert len(parts) > len(catalog.texts["long-1"]) // site.PART_SIZE
    anchors = [anchor for part in parts for anchor in part.anchors]
    assert sorted(anchors) == sorted(f"claim-{claim.id}" for claim in catalog.claims)
    marked = {claim: text for part in parts for claim, text in part.marked.items()}
    assert {claim.id: claim.evidence.quote for claim in catalog.claims} == marked


def test_the_timeline_draws_a_bounded_publication_date_as_its_interval() -> None:
    # 001 is "../2023", 003 "2024/..", 004 "2018/2023-10-06": a bar open before starts at the
    # axis's left edge, one open after ends at its right edge, a closed one spans its days.
    import re

    from ballerina_data._wording import date_words

    catalog = Catalog.default()
    entries = catalog.timeline("film/ballerina-2024")
    svg = site._timeline_svg(site._Site(catalog), "timeline/film/ballerina-2024.html", entries)
    bars = re.findall(
        r'<rect class="published([^"]*)" x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"'
        r' height="9"><title>published ([^<]*)</title>',
        svg,
    )
    drawn = {date: (css.strip(), float(x), float(x) + float(w)) for css, x, w, date in bars}
    # Each hint words its date as the command line does: "2023 or earlier" for ../2023.
    assert {date_words(e.published) for e in entries if e.published} == set(drawn)
    assert drawn["2023 or earlier"][:2] == ("open-before", site._LEFT)
    assert drawn["2024 or later"][0] == "open-after"
    assert drawn["2024 or later"][2] == pytest.approx(site._WIDTH - site._RIGHT)
    closed = drawn["2018 to 2023-10-06"]
    assert closed[0] == ""
    assert closed[1] < drawn["2023-08-04"][1] < closed[2]  # 4 August 2023 lies inside it


def test_a_page_title_holds_no_bidi_control(tmp_path: Path) -> None:
    # Reported: U+202E from a name reached <title> unisolated (a title holds no <bdi>).
    import attrs

    catalog = Catalog.default()
    person = catalog.people[0]
    renamed = attrs.evolve(person, name="Ana \u202ede\u2066 Armas\u200f")
    people = tuple(renamed if p is person else p for p in catalog.people)
    hostile = attrs.evolve(catalog, people=people)
    export.to_site(hostile, tmp_path / "site")
    page = (tmp_path / "site" / f"{person.id}.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith("Ana de Armas")
    assert "\u202e" in page  # the body keeps the name as written, isolated in <bdi>


def test_a_timeline_of_thousands_of_dates_draws_the_first_and_lists_every_one() -> None:
    import datetime
    import hashlib

    import ballerina_data as bd

    days = [datetime.date(2000, 1, 1) + datetime.timedelta(days=n) for n in range(1_500)]
    quotes = [f"it opens on {day.isoformat()}" for day in days]
    text = "\n".join(quotes)
    claims, at = [], 0
    for n, (day, quote) in enumerate(zip(days, quotes, strict=True)):
        claims.append(
            bd.Claim(
                id=f"d{n:04d}",
                subject="film/dated",
                predicate=bd.Predicate.RELEASE_DATE,
                value=bd.DateValue(
                    date=bd.PartialDate(year=day.year, month=day.month, day=day.day)
                ),
                source="dates-1",
                evidence=bd.Evidence(quote=quote, start=at, end=at + len(quote)),
            )
        )
        at += len(quote) + 1
    catalog = Catalog(
        sources=(bd.Source(id="dates-1", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()),),
        films=(bd.Film(id="film/dated", kind=bd.WorkKind.FILM, title="Dated"),),
        claims=tuple(claims),
        texts={"dates-1": text},
    )
    pages = dict(site._Site(catalog).timeline_pages(catalog.film("film/dated")))
    chart = "".join(pages.values())
    assert site._LINES_DRAWN - 1 == chart.count('<rect class="said')  # and the source's line
    assert "the first 1,000 lines of 1,501" in chart
    assert all(f"claim-{claim.id}" in chart for claim in claims)  # each in the list
    assert max(len(page.encode()) for page in pages.values()) < 2 * 2**20


def test_a_page_words_dates_as_the_command_line_does() -> None:
    # Reported of the command line, and true of the site too: EDTF's season code 2023-21
    # was shown for spring 2023, and a source's interval as ../2023.
    text = "".join(_parsed(SHIPPED, "person/lance-reddick.html").text)
    assert "spring 2023" in text
    assert "2023-21" not in text.replace("2023-21 agrees", "")  # the library's reason aside
    assert "2023 or earlier" in text
    assert "../2023" not in text


class TestNavigationBetweenPages:
    """A list's pages, and a long page's parts, each link to a bounded few of the others:
    every page linking to every other made a site grow with the square of its entries."""

    @staticmethod
    def _people_lists(people: int) -> dict[str, str]:
        bare = Catalog(
            people=tuple(Person(id=f"person/p-{n}", name=f"P {n}") for n in range(people))
        )
        return {
            path: page
            for path, page in site.site_pages(bare)
            if re.fullmatch(r"people(-[0-9]+)?\.html", path)
        }

    @staticmethod
    def _assert_bounded_and_reachable(pages: dict[str, str], first: str) -> None:
        # The pages in one folder: a link's target is its path up to any fragment.
        linked = {
            path: {link.partition("#")[0] for link in _Page(page).links} & set(pages) - {path}
            for path, page in pages.items()
        }
        assert max(map(len, linked.values())) <= 2 + 2 * len(site.NAV_STEPS)
        reached, to_visit = {first}, [first]
        while to_visit:
            for target in linked[to_visit.pop()] - reached:
                reached.add(target)
                to_visit.append(target)
        assert reached == set(pages)

    def test_each_list_page_links_to_a_few_and_every_one_is_reached(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(site, "PAGE_SIZE", 10)
        pages = self._people_lists(10 * 300 + 3)
        assert len(pages) == 301
        self._assert_bounded_and_reachable(pages, "people.html")
        nav = _Page(pages["people-150.html"]).links
        assert {"people-149.html", "people-151.html", "people-50.html", "people-250.html"} <= set(
            nav
        )

    def test_the_list_pages_grow_linearly_with_the_entries(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(site, "PAGE_SIZE", 10)
        size = {n: sum(len(p.encode()) for p in self._people_lists(n).values()) for n in (400, 800)}
        assert size[800] <= 2.2 * size[400]

    def test_each_part_of_a_long_page_links_to_a_few(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(site, "PART_SIZE", 10)
        parts = site._Parts()
        for n in range(60):
            parts.add(f"<p>block {n:04d}</p>")
        assert len(parts.parts) == 60
        pages = dict(site._Site(Catalog()).pages("source/long.html", "Long", parts))
        # Links are relative to the page's folder.
        in_folder = {path.removeprefix("source/"): page for path, page in pages.items()}
        self._assert_bounded_and_reachable(in_folder, "long.html")
