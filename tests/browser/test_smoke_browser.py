"""The app opens in a real browser, shows its first page and asks nothing of the internet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.app_utils import expect_no_exception, open_app, sidebar_nav

pytestmark = pytest.mark.playwright


def test_root_shows_heading_offline(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path
) -> None:
    open_app(page, app_url)
    expect(page).to_have_title(re.compile(r"\S"))
    # On a fresh server the first session runs once in Streamlit's legacy pages mode and reruns
    # (ui/__init__.py); the ready signal can fire between the two runs, so wait for the heading
    # the real run draws, as long as for the ready signal itself.
    expect(page.get_by_test_id("stHeading").first).to_be_visible(timeout=60_000)
    expect(sidebar_nav(page)).to_be_visible()
    expect_no_exception(page)
    page.screenshot(path=screenshots_dir / "smoke_root.png")
    assert external_requests == []
