"""The seeds' HTML report in a real browser: headless Chromium, driven through selenium.

Chromium renders the report of the example dataset and the checks read the rendered page
(the DOM after its script ran, computed styles, layout): every claim is highlighted, in its
kind's colour, over exactly its span; every in-page link resolves to an element and the
thread links join each denial to the allegations it answers; nothing is fetched and the
console stays clean; the page has no horizontal scroll at an 80-column width.  Full-page
screenshots are kept in ``artifacts/browser/`` (git-ignored) for people to look at;
``seeds-report-docs.png`` there is the picture on the docs' formats page
(``docs/images/html-report.png``): copy it over when the report changes.

Needs Debian's ``chromium`` and ``chromium-driver`` (``apt-get install chromium
chromium-driver``) and selenium (in the ``test`` extra).  Without them these tests skip;
CI installs them and sets ``CLAIMKIT_REQUIRE_BROWSER=1``, which turns the skip into a
failure.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import claimkit
from claimkit import ClaimKind, Corpus

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts" / "browser"
REQUIRE = "CLAIMKIT_REQUIRE_BROWSER"
WIDE, NARROW = 1280, 640  # 640 CSS pixels: about 80 columns of text
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _missing(what: str) -> None:
    message = (
        f"{what}; install chromium, chromium-driver and claimkit[test] to run the browser tests"
    )
    if os.environ.get(REQUIRE):
        pytest.fail(f"{message} ({REQUIRE} is set)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed")
    binary = next(filter(None, map(shutil.which, BROWSERS)), None)
    if binary is None:
        _missing("no chromium binary on PATH")
    driver_path = shutil.which("chromedriver")
    if driver_path is None:
        _missing("no chromedriver on PATH")
    options = webdriver.ChromeOptions()
    options.binary_location = binary  # with the driver's path, selenium-manager never runs
    profile = tempfile.mkdtemp(prefix="claimkit-chromium-")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDE},900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return claimkit.datasets.example()


@pytest.fixture(scope="module")
def report(seeds: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "seeds.html"
    claimkit.dump(seeds, path)
    return path


@pytest.fixture
def page(browser: WebDriver, report: Path) -> WebDriver:
    browser.set_window_size(WIDE, 900)
    browser.get(report.as_uri())
    browser.get_log("browser")  # start each test with an empty console log
    return browser


def _claims(corpus: Corpus) -> list[dict[str, str]]:
    texts = {d.id: d.text for d in corpus.documents}
    return [
        {
            "id": claim.id,
            "kind": claim.kind.value,
            "text": texts[claim.document_id][
                claim.provenance.span.start : claim.provenance.span.end
            ],
        }
        for claim in corpus.claims
    ]


HIGHLIGHTS = """
const claims = arguments[0];
const problems = [];
const anchors = {};
for (const card of document.querySelectorAll("li.card")) anchors[card.dataset.id] = card.id;
const marks = Array.from(document.querySelectorAll(".text mark[data-claims]"));
const legend = {};
for (const swatch of document.querySelectorAll(".legend mark.hl")) {
  legend[swatch.className.match(/k-(\\w+)/)[1]] = getComputedStyle(swatch).backgroundColor;
}
const shown = (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width > 0;
for (const claim of claims) {
  const anchor = anchors[claim.id];
  if (!anchor) { problems.push(`${claim.id}: no card`); continue; }
  const badge = document.getElementById("at-" + anchor);
  if (!badge || !shown(badge)) problems.push(`${claim.id}: no visible badge`);
  else if (getComputedStyle(badge, "::before").content.length < 4)
    problems.push(`${claim.id}: the badge has no label`);
  const own = marks.filter((m) => m.dataset.claims.split(" ").includes(anchor));
  const text = own.map((m) => m.textContent).join("");
  if (text !== claim.text) problems.push(`${claim.id}: highlighted ${JSON.stringify(text)}`);
  for (const mark of own) {
    const colour = getComputedStyle(mark).backgroundColor;
    if (!shown(mark)) problems.push(`${claim.id}: a piece is not rendered`);
    if (colour === "rgba(0, 0, 0, 0)" || colour === "transparent")
      problems.push(`${claim.id}: a piece is not highlighted`);
    const inner = mark.dataset.claims.split(" ")[0] === anchor;
    if (inner && colour !== legend[claim.kind])
      problems.push(`${claim.id}: ${colour} is not the ${claim.kind} colour ${legend[claim.kind]}`);
  }
}
return {problems: problems, legend: legend, marks: marks.length};
"""

LINKS = """
const links = Array.from(document.querySelectorAll('a[href^="#"]'));
const broken = links
  .filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1))))
  .map((a) => a.getAttribute("href"));
const external = Array.from(document.querySelectorAll("a[href]"))
  .map((a) => a.getAttribute("href")).filter((h) => !h.startsWith("#"));
return {count: links.length, broken: broken, external: external};
"""

THREADS = """
const pairs = arguments[0];
const anchors = {};
for (const card of document.querySelectorAll("li.card")) anchors[card.dataset.id] = card.id;
const problems = [];
for (const [denial, allegation] of pairs) {
  const entry = document.getElementById("in-" + anchors[denial]);
  const target = "in-" + anchors[allegation];
  if (!entry) { problems.push(`${denial}: no thread entry`); continue; }
  const link = Array.from(entry.querySelectorAll("a")).find((a) => a.hash === "#" + target);
  if (!link) { problems.push(`${denial}: no link to ${allegation}`); continue; }
  const back = document.getElementById(target);
  if (!back || !back.contains(back.querySelector(`a[href="#${entry.id}"]`)))
    problems.push(`${allegation}: no link back to ${denial}`);
}
return problems;
"""


def test_every_claim_is_highlighted_in_its_kinds_colour(page: WebDriver, seeds: Corpus) -> None:
    result: dict[str, Any] = page.execute_script(HIGHLIGHTS, _claims(seeds))
    assert result["problems"] == []
    assert result["marks"] >= len(seeds.claims)
    # each kind has a colour of its own
    colours = result["legend"]
    assert set(colours) == {kind.value for kind in ClaimKind}
    assert len(set(colours.values())) == len(ClaimKind)


def test_every_link_resolves_and_threads_link_denials_to_allegations(
    page: WebDriver, seeds: Corpus
) -> None:
    links: dict[str, Any] = page.execute_script(LINKS)
    assert links["broken"] == []
    assert links["external"] == []
    assert links["count"] > 3 * len(seeds.claims)
    pairs = [
        (denial.id, allegation)
        for dispute in seeds.disputes()
        for denial in dispute.denials
        for allegation in denial.responds_to
    ]
    assert len(pairs) > 10
    assert page.execute_script(THREADS, pairs) == []


def test_following_a_thread_link_shows_the_allegation(page: WebDriver, seeds: Corpus) -> None:
    from selenium.webdriver.common.by import By

    dispute = seeds.disputes()[-1]
    denial = dispute.denials[0]
    card = page.find_element(By.CSS_SELECTOR, f'li.card[data-id="{denial.id}"]')
    entry = page.find_element(By.ID, f"in-{card.get_attribute('id')}")
    link = entry.find_element(By.CSS_SELECTOR, ".links a.ref")
    target = link.get_attribute("hash")[1:]
    link.click()
    script = """
        const target = document.getElementById(arguments[0]);
        const box = target.getBoundingClientRect();
        const claim = target.dataset.claim;
        const lit = Array.from(document.querySelectorAll("mark.lit"));
        return {hash: location.hash, top: box.top, height: innerHeight,
                lit: lit.length, own: lit.every((m) => m.dataset.claims.split(" ").includes(claim)),
                outline: getComputedStyle(target).outlineStyle};
        """
    # the page reacts to the click in its own time (a loaded machine is slow): read the state
    # once it has settled, or after five seconds
    from selenium.webdriver.support.ui import WebDriverWait

    def settled(driver: WebDriver) -> dict[str, Any] | None:
        found: dict[str, Any] = driver.execute_script(script, target)
        return found if found["lit"] >= 1 and found["own"] else None

    try:
        state: dict[str, Any] = WebDriverWait(page, 5).until(settled)
    except Exception:  # timed out: assert on what the page shows
        state = page.execute_script(script, target)
    assert state["hash"] == f"#{target}"
    assert 0 <= state["top"] < state["height"]  # scrolled into view
    assert state["outline"] == "solid"  # :target styling
    # the inline script ran (the Content-Security-Policy allowed it): the allegation's
    # pieces of text are outlined, and only they
    assert state["lit"] >= 1 and state["own"]


def test_nothing_is_fetched_and_the_console_is_clean(page: WebDriver) -> None:
    fetched = page.execute_script(
        "return performance.getEntriesByType('resource').map((e) => e.name);"
    )
    assert fetched == []
    page.execute_script("window.scrollTo(0, document.body.scrollHeight);")
    logs = [entry for entry in page.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    assert logs == []


def _screenshot(driver: WebDriver, name: str) -> Path:
    """A full-page PNG of the current page, kept in ``artifacts/browser``."""
    size: dict[str, int] = driver.execute_script(
        "const e = document.documentElement; return {w: e.scrollWidth, h: e.scrollHeight};"
    )
    height = min(size["h"], 16000)  # the most a capture takes in one piece
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["w"], "height": height, "scale": 1},
        },
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_layout_fits_the_width_and_screenshot_is_kept(
    browser: WebDriver, report: Path, width: int
) -> None:
    browser.set_window_size(width, 900)
    browser.get(report.as_uri())
    layout: dict[str, Any] = browser.execute_script(
        """
        const e = document.documentElement;
        const text = document.querySelector(".text").getBoundingClientRect();
        const cards = document.querySelector("ol.cards").getBoundingClientRect();
        return {scroll: e.scrollWidth, client: e.clientWidth, text: text, cards: cards,
                font: parseFloat(getComputedStyle(document.querySelector(".text")).fontSize)};
        """
    )
    assert layout["scroll"] <= layout["client"], "the page scrolls sideways"
    assert layout["font"] >= 16
    if width == NARROW:  # one column: the cards come below the text
        assert layout["cards"]["top"] >= layout["text"]["bottom"]
    else:  # two columns: the cards beside the text
        assert layout["cards"]["left"] >= layout["text"]["right"]
    path = _screenshot(browser, f"seeds-report-{width}.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000
    width_px, height_px = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width_px == width and height_px > 2000


def test_docs_screenshot_is_kept(browser: WebDriver, report: Path) -> None:
    """The view of the docs' formats page: the first document at 1100 pixels, two columns."""
    browser.set_window_size(1100, 900)
    browser.get(report.as_uri())
    top = browser.execute_script(
        "return document.querySelector('.document').getBoundingClientRect().top + scrollY;"
    )
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": 1100, "height": 720, "scale": 1},
        },
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "seeds-report-docs.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.read_bytes().startswith(b"\x89PNG")
