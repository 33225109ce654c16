"""Narrow windows (issue 13, point 5): at 800 px (and 1280 px, where a German card label was cut)
the Overview's headline figures and the Map's "Colour by" control are shown whole: no element
cut with "…" or clipped by the page's edge, in the language with the longest labels; the map
legends are readable (issue 10: 11 px or more, the SVG download still holds them)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from figures.plotly_config import EXPORT_WIDTH
from figures.svg_text import overlap
from tests.browser.app_utils import expect_no_exception, open_app
from tests.browser.maps import wait_for_map

pytestmark = pytest.mark.playwright

# Elements under ``root`` whose text is cut: wider than their box (text-overflow: ellipsis) or
# reaching past the main area's right edge. Returns "text (why)" strings.
_CUT_JS = """(root) => {
  const main = document.querySelector('[data-testid="stMain"]').getBoundingClientRect();
  const out = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (!el.innerText || !el.innerText.trim() || el.getClientRects().length === 0) continue;
    const text = el.innerText.trim().slice(0, 40);
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      out.push(text + ' (cut: ' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    const box = el.getBoundingClientRect();
    if (box.right > main.right + 1) out.push(text + ' (past the edge: ' + box.right + ')');
  }
  return out;
}"""


@pytest.fixture(scope="module", autouse=True)
def _first_session(app_url: str, browser) -> None:
    """Open the app once before measuring: the first session after the server starts may still
    run Streamlit's legacy pages/ mode (see ui/__init__.py), seen as a page without the frame
    under load; that is not what these tests measure."""
    page = browser.new_page()
    open_app(page, f"{app_url}/overview")
    page.close()


def _cut(locator) -> list[str]:
    return [cut for element in locator.all() for cut in element.evaluate(_CUT_JS)]


@pytest.mark.parametrize("width", [800, 1280])
def test_headline_figures_are_whole(page, app_url: str, width: int, screenshots_dir: Path) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    open_app(page, f"{app_url}/overview?lang=de")
    expect_no_exception(page)
    cards = page.get_by_test_id("stMetric")
    expect(cards).to_have_count(5)
    expect(cards.first).to_contain_text("Regionen")
    assert _cut(cards) == []
    labels = " ".join(cards.get_by_test_id("stMetricLabel").all_inner_texts())
    assert "Mitgliedstaaten (nationale Ebene)" in " ".join(labels.split())
    page.screenshot(path=screenshots_dir / f"overview_de_{width}.png")


def test_colour_by_control_is_whole_at_800(page, app_url: str, screenshots_dir: Path) -> None:
    page.set_viewport_size({"width": 800, "height": 900})
    open_app(page, f"{app_url}/map?lang=de")
    expect_no_exception(page)
    control = page.get_by_test_id("stMain").get_by_test_id("stButtonGroup").first
    expect(control).to_be_visible()
    assert _cut(control) == []
    page.screenshot(path=screenshots_dir / "map_de_800.png")



# Points in each line of the page's title where something else is on top.
_COVERED_JS = """(h1) => {
  const range = document.createRange(); range.selectNodeContents(h1);
  return [...range.getClientRects()].flatMap((r) => [0.1, 0.5, 0.9].map((f) => {
    const [x, y] = [r.left + r.width * f, r.top + r.height / 2];
    const top = document.elementFromPoint(x, y);
    return h1.contains(top) ? null : `${Math.round(x)},${Math.round(y)}: ${top && top.tagName}`;
  })).filter(Boolean);
}"""


def test_presentation_bar_and_title_are_whole_at_800(
    page, app_url: str, screenshots_dir: Path
) -> None:
    """A facilitator sharing a half-screen window: the bar's links keep their words in the
    language with the longest ones ("← Précédent" was cut to "← Précéder" in its column), and
    the title's second line is not under the map (its canvas covered it)."""
    page.set_viewport_size({"width": 800, "height": 900})
    open_app(page, f"{app_url}/map?present=1&step=2&lang=fr")
    expect_no_exception(page)
    bar = page.locator('[class*="st-key-present_"]')
    expect(bar.get_by_text("← Précédent")).to_be_visible()
    expect(bar.get_by_text("Suivant →")).to_be_visible()
    assert bar.count() >= 3
    assert _cut(bar) == []
    wait_for_map(page)
    title = page.get_by_test_id("stMain").locator("h1")
    expect(title).to_contain_text("Tous les participants cités")
    assert title.evaluate("(h) => h.getClientRects()[0].height") > 40  # two lines at 800 px
    assert title.evaluate(_COVERED_JS) == []
    page.screenshot(path=screenshots_dir / "present_bar_fr_800.png")


# Each chart on the page: whether its figure's title, its text title, its figure's source line and
# its source caption show, with their right edges and the chart box's.
_CHARTS_JS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map((c) => {
  const chart = c;
  const box = chart.closest('[class*="st-key-pri_chart_"]');
  const shown = (el) => Boolean(el) && el.getClientRects().length > 0
    && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
  const right = (el) => (shown(el) ? el.getBoundingClientRect().right : null);
  const figureTitle = chart.querySelector('.gtitle');
  const textTitle = box.querySelector('[class*="_title"] [data-testid="stMarkdownContainer"]');
  const figureSource = chart.querySelector('.annotation[data-index="0"]');
  const caption = box.querySelector('[data-testid="stCaptionContainer"]');
  return {box: box.getBoundingClientRect().right,
          figureTitle: right(figureTitle), textTitle: right(textTitle),
          titleText: (shown(figureTitle) ? figureTitle : textTitle)?.textContent || '',
          figureSource: shown(figureSource), caption: right(caption),
          captionText: caption?.textContent || ''};
})"""


@pytest.mark.parametrize("width", [800, 1280, 1440])
def test_chart_titles_and_sources_are_whole(
    page, app_url: str, tmp_path: Path, screenshots_dir: Path, width: int
) -> None:
    """Plotly never wraps a title: at 800 px the comparison's chart titles and source lines ran
    past the chart's edge. Each chart shows one title, whole (the figure's when it fits, else
    text that wraps), and its source as a caption under it; Plotly's buttons speak German."""
    page.set_viewport_size({"width": width, "height": 900})
    open_app(page, f"{app_url}/comparison?lang=de&group=vanguard-initiative")
    expect_no_exception(page)
    expect(page.locator(".gtitle")).to_have_count(3)
    charts = page.evaluate(_CHARTS_JS)
    assert len(charts) == 3
    for chart in charts:
        assert (chart["figureTitle"] is None) != (chart["textTitle"] is None), chart  # one title
        assert max(filter(None, (chart["figureTitle"], chart["textTitle"]))) <= chart["box"] + 1
        assert chart["titleText"].startswith("FuE-Ausgaben (GERD)"), chart
        assert not chart["figureSource"], chart
        assert chart["caption"] is not None and chart["caption"] <= chart["box"] + 1, chart
        assert chart["captionText"].startswith("Quelle: Eurostat (rd_e_gerdreg"), chart
    text_titles = [c for c in charts if c["textTitle"] is not None]
    assert len(text_titles) == {800: 3, 1280: 0, 1440: 0}[width], charts
    page.get_by_test_id("stPlotlyChart").first.scroll_into_view_if_needed()
    page.screenshot(path=screenshots_dir / f"comparison_charts_de_{width}.png")
    if width == 800:  # the modebar's PNG: as wide as from a wide window, title and source in it
        chart = page.get_by_test_id("stPlotlyChart").first
        chart.hover()
        buttons = chart.locator(".modebar-btn[data-title]")
        expect(buttons.first).to_be_attached()
        titles = [b.get_attribute("data-title") for b in buttons.all()]
        assert "Zoomen" in titles and not {"Zoom", "Pan", "Reset axes"} & set(titles), titles
        with page.expect_download() as info:
            chart.locator('[data-title="Diagramm als PNG herunterladen"]').click()
        saved = tmp_path / "ranking.png"
        info.value.save_as(saved)
        with Image.open(saved) as image:
            assert image.width == 2 * EXPORT_WIDTH  # scale 2
            image.save(screenshots_dir / "comparison_ranking_export_800.png")

# Each legend entry's text as the screen shows it: its font size times the SVG's scale (px),
# and its box; the map's frame (its sea); the download buttons' top.
_LEGEND_JS = """(host) => {
  const frame = host.querySelector('svg.pri-frame > rect:not(.pri-inset)').getBoundingClientRect();
  const texts = [...host.querySelectorAll('.pri-legend-entry text')].map((t) => {
    const r = t.getBoundingClientRect();
    const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    return {px, top: r.top, bottom: r.bottom, left: r.left, right: r.right};
  });
  const host_box = host.getBoundingClientRect();
  const buttons = host.querySelector('.pri-map-downloads').getBoundingClientRect();
  return {frame: frame.bottom, texts, left: host_box.left, right: host_box.right,
          buttons: buttons.top};
}"""


def _map_host(page, url: str, width: int):
    """The first map of the page at ``url`` in a window ``width`` px wide, drawn and in view."""
    page.set_viewport_size({"width": width, "height": 900})
    open_app(page, url)
    wait_for_map(page)
    expect_no_exception(page)
    host = page.locator(".pri-map").first
    host.scroll_into_view_if_needed()
    return host


def _downloaded_svg(page, host, tmp_path: Path) -> str:
    """The map's SVG download, as a user's click saves it."""
    with page.expect_download() as info:
        host.locator(".pri-map-download").first.click()  # SVG
    saved = tmp_path / "map.svg"
    info.value.save_as(saved)
    return saved.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["map?lang=de&group=vanguard-initiative", "profile?id=be-leuven"])
def test_map_legends_are_readable_at_800(
    page, app_url: str, tmp_path: Path, screenshots_dir: Path, path: str
) -> None:
    """The Map page's legend goes under the map (it was about 6 px beside it); the profile's
    locator goes under the details (its legend was about 5 px in a 170 px column)."""
    host = _map_host(page, f"{app_url}/{path}", 800)
    seen = host.evaluate(_LEGEND_JS)
    assert len(seen["texts"]) >= 3
    for text in seen["texts"]:
        assert text["px"] >= 11.0, text
        assert text["top"] >= seen["frame"] - 1  # under the map, not over it
        assert seen["left"] - 1 <= text["left"] and text["right"] <= seen["right"] + 1
        assert text["bottom"] <= seen["buttons"] + 1  # the buttons below it, not over it
    host.screenshot(path=screenshots_dir / f"legend_800_{path.split('?')[0]}.png")
    assert _downloaded_svg(page, host, tmp_path).count('class="pri-legend-entry"') >= 3


# Every text of the map that shows: its class (or its group's), size on the screen (px) and box.
_TEXTS_JS = """(host) => [...host.querySelectorAll('svg.pri-svg text')]
  .filter((t) => t.getClientRects().length && t.getBoundingClientRect().width > 0)
  .map((t) => {
    const r = t.getBoundingClientRect();
    const cls = t.getAttribute('class') || t.parentNode.getAttribute('class') || '';
    return {cls, text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
            top: r.top, bottom: r.bottom, left: r.left, right: r.right};
  })"""


def _box(t: dict) -> tuple[float, float, float, float]:
    """A text's screen box in the (x0, y0, x1, y1) form of ``figures.svg_text.overlap``."""
    return (t["left"], t["top"], t["right"], t["bottom"])


@pytest.mark.parametrize("width", [800, 1440])
def test_map_title_city_labels_and_sources_are_readable(
    page, app_url: str, tmp_path: Path, screenshots_dir: Path, width: int
) -> None:
    """At 800 px the map is 436 px wide: its title was 8 px, the cities' labels 6 px and
    the source lines 5 px. The narrow layout shows larger copies, wrapped and placed for their
    size; at 1440 px the map keeps its one layout, and a download never holds the copies."""
    host = _map_host(page, f"{app_url}/map?lang=de", width)
    texts = host.evaluate(_TEXTS_JS)
    box = host.bounding_box()
    narrow = width == 800
    titles = [t for t in texts if "pri-title" in t["cls"]]
    labels = [t for t in texts if "pri-label" in t["cls"]]
    sources = [t for t in texts if "pri-source" in t["cls"]]
    shown_title = "pri-title-narrow pri-narrow" if narrow else "pri-title"
    assert len(titles) == 1 and titles[0]["cls"] == shown_title
    assert titles[0]["text"].startswith("Alle genannten Teilnehmer")
    assert titles[0]["px"] >= 14.0
    assert len(labels) >= 5 and {t["cls"] for t in labels} == (
        {"pri-labels-narrow pri-narrow"} if narrow else {"pri-labels"}
    )
    for i, label in enumerate(labels):
        assert label["px"] >= 11.0, label
        assert box["x"] - 1 <= label["left"] and label["right"] <= box["x"] + box["width"] + 1
        assert not any(overlap(_box(label), _box(o)) for o in labels[i + 1 :]), label["text"]
    assert sources and all(t["px"] >= 10.0 for t in sources), sources
    seen = host.evaluate(_LEGEND_JS)  # the map's frame, the legend, the download buttons
    sea_top = host.evaluate(
        "(h) => h.querySelector('svg.pri-frame > rect:not(.pri-inset)').getBoundingClientRect().top"
    )
    assert titles[0]["bottom"] <= sea_top + 1  # the title above the map, not over it
    assert max(t["bottom"] for t in seen["texts"]) <= min(t["top"] for t in sources)
    assert max(t["bottom"] for t in sources) <= seen["buttons"] + 1
    assert "EuroGeographics" in " ".join(t["text"] for t in sources)
    host.screenshot(path=screenshots_dir / f"map_texts_{width}.png")
    root = ET.fromstring(_downloaded_svg(page, host, tmp_path))
    classes = [set((n.get("class") or "").split()) for n in root.iter()]
    assert not [c for c in classes if "pri-narrow" in c or "pri-untitled" in c]
    assert {"pri-title"} in classes and {"pri-labels"} in classes
