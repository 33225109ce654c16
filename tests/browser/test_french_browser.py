"""A French user in a real browser: the comparison page's charts and a region profile read in
French, with French number formats (decimal comma). Written by the languages work (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.app_utils import open_app

pytestmark = pytest.mark.playwright


def _chart_text(page) -> str:
    """All SVG text of the Plotly charts on the page (titles, legends, axes, annotations)."""
    return " ".join(page.locator(".js-plotly-plot .main-svg text").all_text_contents())


def test_comparison_and_profile_in_french(page, app_url: str, screenshots_dir: Path) -> None:
    page.set_viewport_size({"width": 1440, "height": 1400})
    open_app(page, f"{app_url}/comparison?lang=fr&ind=gerd_pc_gdp")
    ranking = page.locator(".js-plotly-plot").filter(has_text="son pays")  # legend entry
    ranking.scroll_into_view_if_needed()
    expect(ranking).to_be_visible()
    text = _chart_text(page)
    assert "% du PIB" in text  # axis title (unit)
    # EU line: the aggregate and year, then the value with a decimal comma
    assert re.search(r"EU27_2020 \(\d{4}\) : \d+,\d\d", text), text[:400]
    assert re.search(r"Écart entre les médianes\s?: [+−-]\d+,\d\d", text), text[:400]
    for english in ("its country", "no data", "other EU regions", "Gap between medians"):
        assert english not in text
    page.screenshot(path=screenshots_dir / "comparison_fr.png", full_page=True)

    open_app(page, f"{app_url}/profile?id=se-dalarna&lang=fr")
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Région")
    expect(main).to_contain_text("Suède")
    expect(main).to_contain_text("Fiabilité")
    expect(main).to_contain_text("confirmé")
    # the indicator table's accessible copy (the grid itself is a canvas): headers and ranks in
    # French; the canvas shows the values through the locale Styler (see the screenshot)
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    expect(grid).to_contain_text("Rang parmi les régions de l’UE")
    expect(grid).to_contain_text(re.compile(r"\d+ sur \d+"))
    page.screenshot(path=screenshots_dir / "profile_fr.png", full_page=True)
