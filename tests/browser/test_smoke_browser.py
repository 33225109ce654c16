"""The app opens in a real browser, shows its first page and asks nothing of the internet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.server import wait_for_app

pytestmark = pytest.mark.playwright


def test_root_shows_heading_offline(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path
) -> None:
    page.goto(app_url)
    wait_for_app(page)
    expect(page).to_have_title(re.compile(r"\S"))
    expect(page.get_by_test_id("stHeading").first).to_be_visible()
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    page.screenshot(path=screenshots_dir / "smoke_root.png")
    assert external_requests == []
