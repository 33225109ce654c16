"""A French user in a real browser: the comparison page's charts and a region profile read in
French, with French number formats (decimal comma) in the charts and in the profile's table.
Written by the languages work (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pri_data.i18n import format_number
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
    # the indicator table: headers and ranks in French (its accessible copy; the grid itself is a
    # canvas), and a value as the canvas shows it: the grid's own search matches what each number
    # cell displays, so the French "2,23" is found and the English "2.23" is not. The EU column:
    # the search also reads the sparklines' raw series, which hold the participant's own values
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    expect(grid).to_contain_text("Rang")
    expect(grid).to_contain_text(re.compile(r"\d+ sur \d+"))
    raw = _raw_value(grid, "UE", "Indicateur", "(% du PIB)")
    french, english = format_number(raw, "fr", 2), format_number(raw, "en", 2)
    assert french != english, (french, english)
    assert _search_grid(page, grid, french) >= 1, french
    assert _search_grid(page, grid, english) == 0, english
    page.screenshot(path=screenshots_dir / "profile_fr.png", full_page=True)


def _raw_value(grid, value_header: str, name_header: str, unit: str) -> float:
    """The first value of an indicator in ``unit`` (its name ends with it) from the grid's
    accessible copy, which holds the raw numbers."""
    headers = [h.strip() for h in grid.locator("thead th").all_inner_texts()]
    value_at, name_at = headers.index(value_header), headers.index(name_header)
    for row in grid.locator("tbody tr").all():
        cells = [c.strip() for c in row.locator("td").all_inner_texts()]
        if cells[name_at].endswith(unit) and cells[value_at]:
            return float(cells[value_at])
    raise AssertionError(f"no value in {unit!r} in the profile table: {headers}")


def _search_grid(page, grid, text: str) -> int:
    """How many cells the grid's search finds for ``text`` (it reads the cells' shown text)."""
    search = grid.get_by_test_id("search-input")
    if not search.is_visible():
        grid.hover()
        grid.get_by_role("button", name="Search").click()
    bar = grid.locator(".gdg-search-bar")
    search.fill("")  # clears the count, so the one read below is this search's
    expect(bar).not_to_contain_text("result")
    search.fill(text)
    expect(bar).to_contain_text(re.compile(r"\d+ results?"))
    return int(re.search(r"(\d+) results?", bar.inner_text()).group(1))


def test_dropdowns_in_french(page, app_url: str, screenshots_dir: Path) -> None:
    """A filter's list has no English "Select all" row, and typed text that matches nothing says
    "Aucun résultat" to the eye and to a screen reader, in a filter and in the profile's picker
    (Streamlit's own words are English: ui.layout.no_results_rule)."""
    page.set_viewport_size({"width": 1280, "height": 720})
    open_app(page, f"{app_url}/profile?lang=fr")
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_test_id("stMultiSelect").filter(has_text="Pays").click()
    countries = page.get_by_role("listbox", name="Pays")
    expect(countries.get_by_role("option", name="Allemagne")).to_be_visible()
    expect(countries.get_by_text("Select all")).to_have_count(0)
    page.keyboard.type("zzzq")
    expect(countries.get_by_role("option", name="Aucun résultat", exact=True)).to_be_visible()
    expect(page.get_by_text("No results")).to_be_hidden()
    sidebar.screenshot(path=screenshots_dir / "filter_no_results_fr.png")
    page.keyboard.press("Escape")

    page.get_by_test_id("stMain").get_by_test_id("stSelectbox").first.click()
    page.keyboard.type("zzzq")
    picker = page.get_by_role("listbox", name="Participant")
    expect(picker.get_by_role("option", name="Aucun résultat", exact=True)).to_be_visible()
