"""Hostile links and hostile data in a real browser: what they hold shows as text, and the page
requests nothing from outside this machine (the page fixture records and aborts such requests)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.browser.app_utils import expect_no_exception, open_app
from tests.browser.server import running_streamlit
from tests.conftest import set_cell

pytestmark = pytest.mark.playwright

HOST = "198.51.100.7"
IMAGE = f"![p](http://{HOST}/pixel.png)"
SVG = f"<svg><image href='http://{HOST}/i.png'/></svg><img src=http://{HOST}/x.png>"
LINKS = [
    ("profile", {"id": IMAGE}),
    ("participants", {"group": SVG}),
    ("map", {"lang": IMAGE, "color": SVG}),
    ("map", {"present": "1", "step": IMAGE}),
    ("comparison", {"ind": SVG, "year": IMAGE}),
    ("", {"country": IMAGE, "q": SVG[:60]}),
]
# Elements that load or link to the outside host (a same-origin link may carry the ignored value
# in its query: that requests nothing outside).
_OUTSIDE_IN_DOM = f"""() => [...document.querySelectorAll('img, image, a, iframe, script')]
  .map(e => e.getAttribute('src') || e.getAttribute('href') || '')
  .filter(u => {{ try {{ return new URL(u, location.href).hostname === '{HOST}'; }}
                  catch (err) {{ return false; }} }})"""


def _assert_inert(page, external_requests: list[str]) -> None:
    expect_no_exception(page)
    assert page.evaluate(_OUTSIDE_IN_DOM) == []
    assert external_requests == []


def test_hostile_links_show_text_and_request_nothing(
    page, app_url: str, external_requests: list[str]
) -> None:
    for path, params in LINKS:
        open_app(page, f"{app_url}/{path}?{urlencode(params)}")
        _assert_inert(page, external_requests)
    open_app(page, f"{app_url}/profile?{urlencode({'id': IMAGE})}")
    shown = page.get_by_test_id("stAlert").first.inner_text()
    assert IMAGE in shown.replace("\u2060", "")  # the value, as text (joiners break autolinks)


def test_hostile_names_in_the_data_request_nothing(
    page, tmp_path: Path, data_dir: Path, external_requests: list[str]
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    set_cell(copy / "participants.csv", 2, "name_en", "Leuven " + IMAGE)
    set_cell(copy / "participants.csv", 2, "evidence", SVG)
    groups = copy / "groups.csv"
    line = next(i for i, row in enumerate(groups.read_text().split("\n"), 1) if row[:3] == "cit")
    set_cell(groups, line, "name", "Cities " + SVG)
    set_cell(groups, line, "description", IMAGE)
    with running_streamlit(env={"PRI_DATA_DIR": str(copy)}) as server:
        group = "group=cities-4-0"
        for path in ("profile?id=be-leuven", f"networks?{group}", f"map?{group}&present=1",
                     f"participants?{group}"):  # fmt: skip
            open_app(page, f"{server.base_url}/{path}")
            _assert_inert(page, external_requests)
        open_app(page, f"{server.base_url}/profile?id=be-leuven")
        headings = page.get_by_test_id("stMain").get_by_test_id("stHeading").all_inner_texts()
        assert any(IMAGE in h.replace("\u2060", "") for h in headings), headings
