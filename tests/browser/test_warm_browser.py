"""The server as users start it (``streamlit run serve.py``): its start builds the first pages
(ui.warm) and says so in its log, with no error; the first visit then gets the map. With a broken
data file the start says so, and the page shows the data-error screen, not a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.app_utils import expect_no_exception, open_app
from tests.browser.maps import MAP_SELECTOR, wait_for_map
from tests.browser.server import running_streamlit, wait_warm
from tests.conftest import set_cell

pytestmark = pytest.mark.playwright


def test_the_start_builds_the_first_pages_then_the_first_visit_gets_the_map(page) -> None:
    with running_streamlit() as server:
        wait_warm(server)
        open_app(page, f"{server.base_url}/map")
        wait_for_map(page)
        expect_no_exception(page)
        log = server.log()
    assert "Traceback" not in log, log
    assert "missing ScriptRunContext" not in log, log  # warm runs outside a session, quietly


def test_a_broken_file_at_the_start_is_named_on_the_page(
    page, tmp_path: Path, data_dir: Path
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    set_cell(copy / "participants.csv", 2, "country_code", "XX")
    with running_streamlit(env={"PRI_DATA_DIR": str(copy)}) as server:
        wait_warm(server)
        open_app(page, f"{server.base_url}/map")
        error = page.get_by_test_id("stAlert").first.inner_text()
        shown = page.get_by_test_id("stMain").inner_text()
        log = server.log()
    assert "the data check found" in log, log
    assert "Traceback" not in log, log
    assert "failed its checks" in error, error
    assert "participants.csv" in shown and "XX" in shown, shown
    assert page.locator(MAP_SELECTOR).count() == 0  # no map drawn from broken data
