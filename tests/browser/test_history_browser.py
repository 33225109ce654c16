"""Browser history and clean links in a real browser: each filter change is one history entry,
Back returns to the previous view down to "no filters", and page links keep the filters and the
language in the same tab."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests import live
from tests.browser.app_utils import choose_option, sidebar_nav
from tests.browser.server import wait_for_app

pytestmark = pytest.mark.playwright


def _choose(page, box: str, option: str) -> None:
    widget = page.get_by_test_id("stMultiSelect").filter(has_text=box)
    choose_option(page, widget, option)
    page.keyboard.press("Escape")
    wait_for_app(page)


def _settled(page, query: str) -> None:
    """The last run has finished with ``query`` in the URL: the sidebar, built last in a run,
    links to the Map page with it. ``wait_for_app`` alone can return before a rerun has begun
    (seen under load: a Map link clicked, or Back pressed, while the run was still on its way)."""
    link = sidebar_nav(page).get_by_role("link", name="Map", exact=True)
    expect(link).to_have_attribute("href", re.compile(rf"(^|/)map{re.escape(query)}$"))


def _matches(page):
    return page.get_by_role("heading", level=3).filter(has_text=re.compile("match"))


def test_filter_then_back_restores_the_unfiltered_view(page, app_url: str) -> None:
    everyone = len(live.rows("participants.csv"))
    page.goto(f"{app_url}/participants")
    wait_for_app(page)
    expect(_matches(page)).to_have_text(f"{everyone} participants match")
    start = page.evaluate("history.length")

    _choose(page, "Network or consortium", "Cities 4.0 Consortium")
    expect(page).to_have_url(re.compile(r"/participants\?group=cities-4-0$"))
    _settled(page, "?group=cities-4-0")
    _choose(page, "Country", "Finland")
    expect(page).to_have_url(re.compile(r"\?group=cities-4-0&country=FI$"))
    expect(_matches(page)).to_contain_text("2 participants match")
    _settled(page, "?group=cities-4-0&country=FI")
    assert page.evaluate("history.length") == start + 2  # one entry per filter change

    # a page link keeps the filters, in the same tab
    page.get_by_test_id("stSidebar").get_by_role("link", name="Map", exact=True).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"/map\?group=cities-4-0&country=FI$"))
    assert len(page.context.pages) == 1

    for url, text, query in (
        (r"/participants\?group=cities-4-0&country=FI$", "2 participants match",
         "?group=cities-4-0&country=FI"),
        (r"/participants\?group=cities-4-0$", "6 participants match", "?group=cities-4-0"),
        (r"/participants$", f"{everyone} participants match", ""),
    ):  # fmt: skip
        page.go_back()
        wait_for_app(page)
        expect(page).to_have_url(re.compile(url))
        expect(_matches(page)).to_contain_text(text)
        _settled(page, query)
    expect(page.get_by_test_id("stMultiSelect").first).not_to_contain_text("Cities 4.0")


def test_export_file_names_carry_the_filter_and_the_day(page, app_url: str) -> None:
    from datetime import date

    page.goto(f"{app_url}/participants?group=cities-4-0&country=FI")
    wait_for_app(page)
    today = date.today().isoformat()
    for label, extension in (("Download Excel", "xlsx"), ("Download CSV", "csv")):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        expected = f"pri-participants_cities-4-0_FI_{today}.{extension}"
        assert info.value.suggested_filename == expected
