"""The indicator comparison in a real browser: the NUTS 2 choropleth draws offline, choosing an
indicator redraws it and rewrites the link, and each chart's figures download."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests import live
from tests.browser.app_utils import choose_option, open_app, wait_for_app
from tests.browser.maps import drawn_path_count, wait_for_map

pytestmark = pytest.mark.playwright


def test_comparison_map_draws_and_indicator_changes(
    page, app_url: str, external_requests: list[str], screenshots_dir: Path, tmp_path: Path
) -> None:
    page.set_viewport_size({"width": 1600, "height": 1400})
    open_app(page, f"{app_url}/comparison")
    wait_for_map(page)
    # every NUTS 2 region ("no data" ones included), plus the participants' own units outlined
    assert drawn_path_count(page, selector=".pri-base path[d]") == 242
    assert drawn_path_count(page, selector=".pri-outlines path[d]") >= 50
    expect(page.locator(".pri-map .pri-title").first).to_contain_text("R&D expenditure (GERD)")
    page.screenshot(path=screenshots_dir / "comparison_gerd.png")

    indicator = page.get_by_test_id("stSelectbox").filter(has_text="Indicator").first
    choose_option(page, indicator, "Unemployment rate")
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"ind=unemployment_rate"))
    expect(page.locator(".pri-map .pri-title").first).to_contain_text("Unemployment rate")
    wait_for_map(page)
    page.screenshot(path=screenshots_dir / "comparison_unemployment.png")

    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="ranking").first.click()
    path = tmp_path / "ranking.csv"
    info.value.save_as(path)
    ranking = pd.read_csv(path)
    # one row per participant, then one per NUTS 2 region standing in for a NUTS 0/1 participant
    # with no figure of its own (unemployment is published at NUTS 2 only), never combined
    assert ranking["ID"].nunique() == live.count()
    stand_ins = ranking[ranking["Whose figure"].fillna("").str.contains(", part of ")]
    assert len(ranking) == live.count() + len(stand_ins) and len(stand_ins) > 0
    headers = {"Value", "Year", "Whose figure", "Eurostat flag", "EU aggregate"}
    assert headers <= set(ranking.columns)  # headers for readers
    assert external_requests == []
