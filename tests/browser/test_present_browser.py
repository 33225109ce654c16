"""Presentation mode and chart export in a real browser: screen-share views at 1280x720 in Dutch
and German, the step links reached with the keyboard, the way out, and the map's PNG download
with its title and source line burnt in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests import live
from tests.browser.app_utils import expect_no_exception, open_app, wait_for_app
from tests.browser.maps import wait_for_map

pytestmark = pytest.mark.playwright

VIEWPORT = {"width": 1280, "height": 720}
CITIES = "map?group=cities-4-0&present=1&step=5"
EXPECTED = {
    "nl": ("Stap 5 van 9", "Cities 4.0 Consortium — 6 steden in 5 lidstaten", "Volgende"),
    "de": ("Schritt 5 von 9", "Cities 4.0 Consortium — 6 Städte in 5 Mitgliedstaaten", "Weiter"),
}
_N = {k: live.count(participant_type=k) for k in ("region", "city", "member_state")}
_STATES = len(live.countries())
OVERVIEW_TITLE = {
    "nl": f"Alle genoemde deelnemers — {_N['region']} regio's, {_N['city']} steden en "
    f"{_N['member_state']} lidstaten in {_STATES} lidstaten",
    "de": f"Alle genannten Teilnehmer — {_N['region']} Regionen, {_N['city']} Städte und "
    f"{_N['member_state']} Mitgliedstaaten in {_STATES} Mitgliedstaaten",
}


def _open(page, url: str, with_map: bool = True) -> None:
    page.set_viewport_size(VIEWPORT)
    open_app(page, url)
    if with_map:
        wait_for_map(page)


def _chrome_hidden(page) -> None:
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    expect(page.get_by_test_id("stHeader")).to_be_hidden()
    expect_no_exception(page)


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_presentation_screens(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path, lang: str
) -> None:
    step, title, _next = EXPECTED[lang]
    _open(page, f"{app_url}/{CITIES}&lang={lang}")
    _chrome_hidden(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(step)).to_be_visible()
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "20px"
    page.screenshot(path=screenshots_dir / f"present_map_{lang}.png")

    _open(page, f"{app_url}/?present=1&step=1&lang={lang}")
    _chrome_hidden(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(OVERVIEW_TITLE[lang])
    page.screenshot(path=screenshots_dir / f"present_overview_{lang}.png")
    assert external_requests == []


def test_next_step_by_keyboard_then_exit(page, app_url: str) -> None:
    _open(page, f"{app_url}/{CITIES}&lang=nl")
    for _ in range(20):  # Tab until the "Volgende" (Next) link has the focus
        page.keyboard.press("Tab")
        tag, text = page.evaluate(
            "[document.activeElement.tagName, document.activeElement.innerText]"
        )
        if tag == "A" and "Volgende" in text:
            break
    else:
        pytest.fail("the Next link is not reachable with Tab")
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"group=vanguard-initiative.*step=6"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vanguard Initiative")
    expect(page.get_by_text("Stap 6 van 9")).to_be_visible()

    page.get_by_role("button", name="Presentatie verlaten").click()
    wait_for_app(page)
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"present="))
    # the presented title stays, marked stale, until the run that leaves presentation ends:
    # under load that can take seconds; then one title is left
    headings = page.get_by_role("heading", level=1)
    expect(headings).to_have_count(1, timeout=20_000)
    expect(headings).to_have_text("Kaart van de deelnemers")


def test_guided_sequence_in_the_sidebar_opens_a_step(page, app_url: str) -> None:
    """A facilitator opens the sidebar's guided sequence (its links are sent only once it is
    open) and starts the workshop at step 3 from it."""
    page.set_viewport_size({"width": 1280, "height": 720})
    open_app(page, f"{app_url}/?lang=de")
    sidebar = page.get_by_test_id("stSidebar")
    step = sidebar.get_by_role("link", name=re.compile(r"^3\. Baltic Sea"))
    expect(step).to_have_count(0)
    sidebar.get_by_text("Geführter Ablauf (9 Schritte)").click()
    expect(step).to_be_visible(timeout=15_000)
    expect(sidebar.get_by_test_id("stText")).to_contain_text("comparison?present=1&step=9&lang=de")
    step.click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"group=baltic-sea-region.*present=1.*step=3"))
    expect(page.get_by_text("Schritt 3 von 9")).to_be_visible()


def _dark_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of pixels in ``box`` darker than light grey (text, outlines)."""
    histogram = image.crop(box).convert("L").histogram()  # 256 grey levels
    return sum(histogram[:160]) / sum(histogram)


def test_map_png_download_has_title_source_and_map(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path
) -> None:
    _open(page, f"{app_url}/map?group=cities-4-0")
    chart = page.locator(".pri-map").first
    with page.expect_download() as info:
        chart.get_by_role("button", name="Download PNG").click()
    download = info.value
    assert download.suggested_filename == "participant-map.png"
    path = screenshots_dir / "map_download.png"
    download.save_as(path)

    image = Image.open(path).convert("RGB")
    width, height = image.size
    view_box = chart.locator("svg.pri-svg").get_attribute("data-full-viewbox").split()
    assert (width, height) == (round(float(view_box[2]) * 2), round(float(view_box[3]) * 2))
    # figures/svg_map.py: the title line on top, the source line at the bottom
    assert _dark_share(image, (0, 0, width // 2, 70)) > 0.01, "no title in the PNG"
    assert _dark_share(image, (0, height - 60, width // 2, height)) > 0.01, "no source line"
    # the map itself: represented Member States in their light blue
    colours = image.crop((0, 70, width, height - 60)).getcolors(maxcolors=1 << 20) or []
    near_blue = sum(
        n for n, (r, g, b) in colours if abs(r - 0xC6) + abs(g - 0xDB) + abs(b - 0xEF) < 12
    )
    assert near_blue > 1000, "the map itself is missing from the PNG"
    assert external_requests == []


_FIT_JS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = [...document.querySelectorAll(
    '[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]')]
    .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
  return {
    scroll: main.scrollHeight - main.clientHeight,
    bottom: Math.max(...boxes.map(r => r.bottom)),
    right: Math.max(...boxes.map(r => r.right)),
    titles: document.querySelectorAll('h1').length,
    chartTitles: [...document.querySelectorAll('.gtitle')].map(t => t.textContent)
      .filter(t => t.trim()).length,
    cut: [...document.querySelectorAll(
      '[data-testid="stMetricLabel"] *, [data-testid="stMetricValue"] *')]
      .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText),
  };
}"""


STEP_WORDS = {"en": "Step {n} of", "de": "Schritt {n} von"}


@pytest.mark.parametrize(
    ("size", "lang"), [((1280, 720), "en"), ((1920, 1080), "en"), ((1280, 720), "de")]
)
def test_every_step_fits_the_screen_and_moves_with_the_keys(
    page, app_url: str, screenshots_dir: Path, size: tuple[int, int], lang: str
) -> None:
    """Walk the whole sequence with → (and back with ←): each step fits without scrolling, every
    element inside the viewport, one title (no chart title repeating it), no headline label
    cut short (German's are the longest: 'Mitgliedstaaten (nationale Ebene)')."""
    width, height = size
    words = STEP_WORDS[lang]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{app_url}/?present=1&step=1&lang={lang}")
    wait_for_app(page)
    first = page.get_by_text(re.compile("^" + words.format(n=1))).inner_text()
    total = int(re.search(words.format(n=1) + r" (\d+)", first)[1])
    for n in range(1, total + 1):
        expect(page.get_by_text(f"{words.format(n=n)} {total}")).to_be_visible()
        if n in (1, 2, total):
            wait_for_map(page)
        fit = page.evaluate(_FIT_JS)
        page.screenshot(path=screenshots_dir / f"present_step{n}_{width}_{lang}.png")
        assert fit["scroll"] <= 0, (n, fit)
        assert fit["cut"] == [], (n, fit)
        assert fit["bottom"] <= height and fit["right"] <= width, (n, fit)
        assert fit["titles"] == 1 and fit["chartTitles"] == 0, (n, fit)
        if n < total:
            page.keyboard.press("ArrowRight")
            wait_for_app(page)
            expect(page).to_have_url(re.compile(rf"step={n + 1}"))
            wait_for_app(page)
    page.keyboard.press("ArrowLeft")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(rf"step={total - 1}"))
    wait_for_app(page)
    page.keyboard.press("Escape")
    wait_for_app(page)
    expect(page).not_to_have_url(re.compile(r"present=|step="))
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
