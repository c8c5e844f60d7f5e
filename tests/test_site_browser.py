"""The static site in a real browser: Debian's chromium, driven by Playwright, from file://.

Integration tests (`uv run pytest -m integration`); .ci/run installs chromium when missing.
Screenshots go to the test's temporary folder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from ballerina_data import Catalog, export
from site_catalogs import HOSTILE, hostile_catalog

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SHIPPED = Catalog.default()

# Each highlighted claim's text, read from the page: the marks that list it, in order.
_MARKED = """() => {
  const found = {};
  for (const mark of document.querySelectorAll("mark[data-claims]")) {
    for (const id of mark.dataset.claims.split(" ")) {
      found[id] = (found[id] || "") + mark.textContent;
    }
  }
  return found;
}"""

# Where a link landed: the targeted element, the claims of the mark after it (past the
# anchors of other quotes that start there too), whether it is on screen.
_LANDED = """() => {
  const target = document.querySelector(":target");
  if (!target) { return null; }
  let mark = target.nextElementSibling;
  while (mark && mark.classList.contains("anchor")) { mark = mark.nextElementSibling; }
  const box = target.getBoundingClientRect();
  return {
    id: target.id,
    claims: mark && mark.tagName === "MARK" ? mark.dataset.claims.split(" ") : [],
    visible: box.top >= 0 && box.top < window.innerHeight,
  };
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def _site(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog, name: str) -> Path:
    folder = tmp_path_factory.mktemp(name) / "site"
    export.to_site(catalog, folder)
    return folder


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(tmp_path_factory, SHIPPED, "shipped")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site(tmp_path_factory, hostile_catalog(), "hostile")


class _Watched:
    """A page whose console errors, uncaught errors and dialogs are all kept."""

    def __init__(self, browser: Browser, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"error: {error}"))
        self.page.on("dialog", self._dialog)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"{message.type}: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Browser) -> Iterator[_Watched]:
    opened = _Watched(browser, viewport=DESKTOP)
    yield opened
    opened.close()
    assert [] == opened.problems


def _open(page: Page, folder: Path, path: str) -> None:
    page.goto((folder / path).as_uri())


class TestTheShippedSite:
    def test_every_highlight_reads_as_its_quote(self, shipped: Path, watched: _Watched) -> None:
        for source in SHIPPED.sources:
            _open(watched.page, shipped, f"source/{source.id}.html")
            expected = {c.id: c.evidence.quote for c in SHIPPED.claims_from(source)}
            assert expected == watched.page.evaluate(_MARKED)

    @pytest.mark.parametrize("entity", ["film/ballerina-2024", "person/ana-de-armas"])
    def test_every_fact_link_lands_on_its_highlight(
        self, shipped: Path, watched: _Watched, entity: str
    ) -> None:
        page = watched.page
        _open(page, shipped, f"{entity}.html")
        links = page.eval_on_selector_all(
            "a.cite", "links => links.map(a => [a.dataset.claim, a.href])"
        )
        assert len(links) > 10
        by_page: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        for claim_id, href in links:
            address, _, fragment = href.partition("#")
            by_page[address].append((claim_id, fragment))
        for address, targets in by_page.items():
            page.goto(address)
            for claim_id, fragment in targets:
                page.evaluate("fragment => { location.hash = fragment; }", fragment)
                landed = page.evaluate(_LANDED)
                assert {"id": f"claim-{claim_id}", "claims": landed["claims"], "visible": True} == (
                    landed
                )
                assert claim_id in landed["claims"]
        # And a real click, from the entity page to the source page.
        _open(page, shipped, f"{entity}.html")
        first = page.locator("a.cite").first
        claim_id = first.get_attribute("data-claim")
        first.click()
        page.wait_for_load_state()
        assert f"claim-{claim_id}" == page.evaluate(_LANDED)["id"]

    def test_pages_render_at_phone_and_desktop_widths(
        self, shipped: Path, browser: Browser, tmp_path: Path
    ) -> None:
        pages = [
            "index.html",
            "film/ballerina-2024.html",
            "timeline/film/ballerina-2024.html",
            f"source/{SHIPPED.sources[0].id}.html",
            "conflicts.html",
        ]
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            opened = _Watched(browser, viewport=viewport)
            for path in pages:
                _open(opened.page, shipped, path)
                # Nothing wider than the screen: wide tables and the chart scroll in place.
                width = opened.page.evaluate("document.documentElement.scrollWidth")
                assert width <= viewport["width"], (name, path, width)
                shot = tmp_path / f"{name}-{path.replace('/', '_')}.png"
                opened.page.screenshot(path=shot, full_page=True)
                assert shot.stat().st_size > 10_000
            opened.close()
            assert [] == opened.problems

    def test_the_search_box_finds_an_alias_and_goes_there(
        self, shipped: Path, watched: _Watched
    ) -> None:
        page = watched.page
        _open(page, shipped, "film/ballerina-2024.html")
        box = page.get_by_role("searchbox")
        box.fill("jardani")
        results = page.locator("form.search li a")
        assert ["John Wick"] == results.all_text_contents()
        results.first.click()
        page.wait_for_load_state()
        assert page.url.endswith("/character/john-wick.html")
        assert "John Wick" == page.locator("h1").text_content()

    def test_without_javascript_the_pages_work_and_the_search_box_is_hidden(
        self, shipped: Path, browser: Browser
    ) -> None:
        opened = _Watched(browser, viewport=DESKTOP, java_script_enabled=False)
        page = opened.page
        _open(page, shipped, "index.html")
        assert not page.locator("form.search").is_visible()
        page.get_by_role("link", name="Ballerina (2024)").first.click()
        page.wait_for_load_state()
        assert page.url.endswith("/film/ballerina-2024.html")
        opened.close()
        assert [] == opened.problems


class TestAHostileCatalog:
    PAGES = (
        "index.html",
        "films.html",
        "people.html",
        "characters.html",
        "organizations.html",
        "sources.html",
        "conflicts.html",
        "film/hostile.html",
        "timeline/film/hostile.html",
        "source/hostile-1.html",
        "person/p0.html",
        "character/c.html",
        "org/o.html",
    )

    def test_nothing_runs_and_every_text_shows_as_written(
        self, hostile: Path, watched: _Watched
    ) -> None:
        page = watched.page
        catalog = hostile_catalog()
        shown = []
        for path in self.PAGES:
            _open(page, hostile, path)
            # Move over and focus everything: a handler that got in would run now.
            for element in page.locator("main a, main mark, main td").all()[:60]:
                element.hover(force=True)  # an SVG bar may sit under its label
            page.keyboard.press("Tab")
            assert page.evaluate("window.pwned") is None, path
            assert 2 == page.locator("script").count(), path
            shown.append(page.evaluate("document.body.innerText"))
            shown.append(page.evaluate("document.body.textContent"))
        text = "\n".join(shown)
        for hostile_text in HOSTILE:
            assert hostile_text in text, hostile_text
        _open(page, hostile, "source/hostile-1.html")
        claims = catalog.claims_from("hostile-1")
        assert {c.id: c.evidence.quote for c in claims} == page.evaluate(_MARKED)
        _open(page, hostile, "film/hostile.html")
        assert f"{HOSTILE[0]} (2024)" == page.locator("h1").text_content()

    def test_the_search_box_shows_hostile_names_as_text(
        self, hostile: Path, watched: _Watched
    ) -> None:
        page = watched.page
        _open(page, hostile, "index.html")
        page.get_by_role("searchbox").fill("pwned")
        results = page.locator("form.search li a")
        assert len(HOSTILE) <= results.count() + 2  # at most 12 shown
        for result in results.all():
            result.hover()
        assert page.evaluate("window.pwned") is None
        texts = results.all_text_contents()
        assert HOSTILE[0] + " (2024)" in texts
