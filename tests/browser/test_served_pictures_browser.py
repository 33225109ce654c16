"""The first pages' pictures as files (ui/served_pictures.py), in the browser, offline: the page's
HTML names its picture in a preload header, the browser fetches it once, with the page, and the
still picture shows that file. A filtered view, whose picture was not built at the start, still
gets its picture in the run's message."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from playwright.sync_api import expect

from tests.browser.server import wait_for_app

pytestmark = pytest.mark.playwright

PICTURE = ".st-key-pri_map_picture_participant_map img"
FETCHES_JS = """(url) => performance.getEntriesByType('resource')
  .filter((r) => r.name.endsWith(url)).map((r) => r.startTime)"""
SCRIPTS_JS = """() => Math.min(...performance.getEntriesByType('resource')
  .filter((r) => r.initiatorType === 'script').map((r) => r.startTime))"""


def _linked(response) -> str:
    match = re.fullmatch(r"<([^>]+)>; rel=preload; as=image; fetchpriority=high",
                         response.headers.get("link", ""))  # fmt: skip
    assert match, response.headers
    return match.group(1)


def _shown_src(page) -> str:
    page.wait_for_function(
        f"() => {{ const i = document.querySelector('{PICTURE}');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    return page.locator(PICTURE).get_attribute("src")


@pytest.mark.parametrize("query", ["", "?lang=de"])
def test_the_first_page_fetches_its_picture_once_with_its_html(page, app_url, query) -> None:
    url = _linked(page.goto(f"{app_url}/map{query}"))
    wait_for_app(page)
    assert _shown_src(page) == url
    fetches = page.evaluate(FETCHES_JS, url)
    assert len(fetches) == 1, fetches  # the preload was used, not fetched again
    assert fetches[0] <= page.evaluate(SCRIPTS_JS)  # with the page, before Streamlit's scripts
    response = page.request.get(f"{app_url}/{url}")
    assert response.headers["content-type"] == "image/svg+xml"
    paths = list(ET.fromstring(response.body()).iter("{http://www.w3.org/2000/svg}path"))
    assert len(paths) > 50 and all(p.get("d") for p in paths)  # its geometry written in


def test_each_language_has_its_own_picture(page, app_url) -> None:
    english = _linked(page.goto(f"{app_url}/map"))
    german = _linked(page.goto(f"{app_url}/map?lang=de"))
    assert english != german


def test_a_filtered_view_gets_its_picture_in_the_run(page, app_url) -> None:
    response = page.goto(f"{app_url}/map?country=FI")
    assert "link" not in response.headers
    wait_for_app(page)
    assert _shown_src(page).startswith("data:image/svg+xml;base64,")


def test_the_layout_rules_come_with_the_html_not_in_the_run(page, app_url) -> None:
    """ui/served_style.py: the page's HTML carries the layout rules, which apply from the first
    paint, and the run sends none of them; German's "No results" rule still comes in the run."""
    html = page.goto(f"{app_url}/map").text()
    assert html.index("<body") < html.index("st-key-pri_map_picture_") < html.index('id="root"')
    wait_for_app(page)
    _shown_src(page)
    assert page.locator(".st-key-pri_style").count() == 0
    assert page.locator(PICTURE).evaluate("i => getComputedStyle(i).objectFit") == "contain"
    page.set_viewport_size({"width": 1280, "height": 800})
    main = page.get_by_test_id("stMainBlockContainer")
    assert main.evaluate("m => getComputedStyle(m).paddingLeft") == "32px"  # 2rem below 1440 px
    page.goto(f"{app_url}/map?lang=de")
    wait_for_app(page)
    expect(page.locator(".st-key-pri_no_results")).to_be_attached()
    assert page.locator(".st-key-pri_style").count() == 0
