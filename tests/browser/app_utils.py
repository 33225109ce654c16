"""The browser actions every test repeats, in one place (as Streamlit's own
``e2e_playwright/shared/app_utils.py``): open a page and wait for the app, use the sidebar
navigation, check that no exception is shown. Map reading and clicking live in ``maps.py``;
starting the server and the readiness signal in ``server.py`` (shared with ``bench/``)."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.server import wait_for_app

__all__ = [
    "choose_option",
    "click_sidebar_link",
    "expect_no_exception",
    "open_app",
    "sidebar_nav",
    "wait_for_app",
]


def open_app(page, url: str) -> None:
    """Load ``url`` (a page path with its query parameters) and wait until the script is idle."""
    page.goto(url)
    wait_for_app(page)


def sidebar_nav(page):
    """The sidebar's page navigation (ui.urls.navigation_links: container key 'pri_nav')."""
    return page.locator(".st-key-pri_nav")


def click_sidebar_link(page, label: str) -> None:
    """Open the page called ``label`` from the sidebar navigation and wait for it."""
    sidebar_nav(page).get_by_role("link", name=label).click()
    wait_for_app(page)


def expect_no_exception(page) -> None:
    """No Streamlit exception box on the page."""
    expect(page.get_by_test_id("stException")).to_have_count(0)


def choose_option(page, widget, option: str) -> None:
    """Pick ``option`` in a multiselect or selectbox ``widget`` (a locator) as a user who types:
    its name narrows the list until ``option`` is first, and Enter picks it. Clicking in the
    whole list could land on another option when the list moves under load. The typed name is
    checked in the box before Enter: on a loaded machine a key typed while the widget was still
    being drawn once went elsewhere, and the list showed "No results" (CI, 27 Nov); the name is
    then typed again."""
    box = widget.locator("input").first
    for attempt in range(3):
        box.click()
        expect(box).to_be_focused()
        if box.input_value():  # what the last try left (Backspace on an empty box would
            box.press("ControlOrMeta+a")  # remove a chosen option instead)
            box.press("Backspace")
        box.press_sequentially(option)
        try:
            expect(box).to_have_value(option, timeout=2_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
    expect(page.get_by_role("option").first).to_have_text(option)
    page.keyboard.press("Enter")
