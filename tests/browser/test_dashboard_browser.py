"""The dashboard as its users meet it in a real browser: every page opens, maps draw with the
network unreachable, a network filter changes what is shown, a map click opens a profile, the
table downloads."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from geo.projection import INSETS
from tests import live
from tests.browser.app_utils import (
    choose_option,
    expect_no_exception,
    open_app,
    sidebar_nav,
    wait_for_app,
)
from tests.browser.maps import click_participant, drawn_path_count, wait_for_map

pytestmark = pytest.mark.playwright

# The default page (Overview) lives at "/"; its url_path is not a route of its own.
PAGES = ("", "map", "participants", "networks", "comparison", "profile", "about")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens_offline(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path, path: str
) -> None:
    open_app(page, f"{app_url}/{path}")
    # the first page opened on a fresh server: the ready signal can fire between Streamlit's
    # legacy-mode run and its rerun (ui/__init__.py), so wait for the heading as long as for it
    expect(page.get_by_test_id("stHeading").first).to_be_visible(timeout=60_000)
    expect_no_exception(page)
    # the app's own navigation, even for the first link opened on a fresh server
    expect(sidebar_nav(page)).to_contain_text("About the data")
    expect(page.get_by_text("Page not found")).to_have_count(0)
    page.screenshot(path=screenshots_dir / f"page_{path or 'overview'}.png", full_page=True)
    assert external_requests == []


def test_map_draws_every_participant_offline(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path
) -> None:
    open_app(page, f"{app_url}/map")
    wait_for_map(page)
    # 27 country shapes (their mainland) + the 8 outermost regions in their boxes + every
    # participant area + the one grey path of the countries outside the EU
    # (geo.shapes.NEIGHBOURS_ID), and a dot per city
    cities = live.count(participant_type="city")
    assert drawn_path_count(page) == 27 + len(INSETS) + live.count() - cities + 1
    assert drawn_path_count(page, selector="circle[data-pid]") == cities
    page.screenshot(path=screenshots_dir / "map_all.png")
    assert external_requests == []


def test_network_filter_narrows_the_view(page, app_url: str, screenshots_dir: Path) -> None:
    open_app(page, f"{app_url}/")
    sidebar = page.get_by_test_id("stSidebar")
    choose_option(page, sidebar.get_by_test_id("stMultiSelect").first, "Cities 4.0 Consortium")
    page.keyboard.press("Escape")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"group=cities-4-0"))
    heading = page.locator(".pri-map .pri-title").first
    expect(heading).to_contain_text("Cities 4.0 Consortium — 6 cities in 5 Member States")
    expect(page.get_by_text("Bologna, Cluj-Napoca, Eindhoven").first).to_be_visible()
    wait_for_map(page)
    page.screenshot(path=screenshots_dir / "overview_cities40.png")
    # the link reopens the same view
    open_app(page, page.url)
    expect(page.locator(".pri-map .pri-title").first).to_contain_text("6 cities")


def _press_sentence_and_copy(page):
    """(the press sentence's text, its Copy button): the button is in the same row."""
    button = page.locator(".st-key-press_sentence button.pri-copy")
    row = page.get_by_test_id("stHorizontalBlock").filter(has=button).last
    return row.get_by_test_id("stText").inner_text(), button


def test_copy_button_copies_the_sentence_after_a_rerun(page, app_url: str) -> None:
    """The button's code is a static module (static/copy/pri-copy.js) imported once per page: it
    copies the sentence shown, and after a filter change (a rerun sends only the data) the new
    one."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    open_app(page, f"{app_url}/")
    sentence, button = _press_sentence_and_copy(page)
    expect(button).to_have_text("Copy")
    button.click()
    expect(button).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == sentence
    assert sentence.startswith("The Partnerships for Regional Innovation pilot")
    sidebar = page.get_by_test_id("stSidebar")
    choose_option(page, sidebar.get_by_test_id("stMultiSelect").first, "Cities 4.0 Consortium")
    page.keyboard.press("Escape")
    wait_for_app(page)
    # the rerun may not have begun when the app first reads idle: wait for its sentence
    expect(page.get_by_text("Cities 4.0 Consortium — 6 cities").first).to_be_visible()
    wait_for_app(page)
    changed, button = _press_sentence_and_copy(page)
    assert changed.startswith("Cities 4.0 Consortium — 6 cities")
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == changed
    fetched = "performance.getEntriesByType('resource').filter(e => e.name.includes('pri-copy'))"
    assert page.evaluate(f"{fetched}.length") == 1  # the module, once for both runs
    # the text as shown, French spacing (a narrow no-break space before ':') kept
    open_app(page, f"{app_url}/?lang=fr")
    sentence, button = _press_sentence_and_copy(page)
    button.click()
    expect(button).to_have_text("Copié")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == sentence and "\u202f:" in copied, copied


def test_map_click_opens_profile(page, app_url: str, screenshots_dir: Path) -> None:
    open_app(page, f"{app_url}/map?group=cities-4-0")
    wait_for_map(page)
    click_participant(page, "be-leuven")
    expect(page).to_have_url(re.compile(r"/profile\?(.*&)?id=be-leuven"))
    wait_for_app(page)
    expect(page.get_by_test_id("stHeading").filter(has_text="Leuven").first).to_be_visible()
    page.screenshot(path=screenshots_dir / "profile_leuven.png", full_page=True)


def test_participant_table_downloads(page, app_url: str, tmp_path: Path) -> None:
    open_app(page, f"{app_url}/participants?group=cities-4-0")
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="CSV").first.click()
    path = tmp_path / "participants.csv"
    info.value.save_as(path)
    table = pd.read_csv(path)
    assert len(table) == 6
