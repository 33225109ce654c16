"""An indicator change on the comparison page: pick another option in the main-area selectbox
whose label mentions "indicator" (keyboard: open, ArrowDown, Enter). None ("n/a") while the
page has no such selectbox."""

from __future__ import annotations

import re

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from bench.harness import AppUnderTest, Probe
from bench.inputs import measure_input

NAME = "indicator_change"
APPS = ("app",)
_LABEL = re.compile("indicator", re.IGNORECASE)


def measure(probe: Probe, server, app: AppUnderTest) -> dict | None:
    page = probe.page
    page.goto(server.base_url + "/comparison", wait_until="commit")
    probe.wait_idle_after(0.0)
    boxes = page.get_by_test_id("stMain").get_by_test_id("stSelectbox").filter(has_text=_LABEL)
    try:
        boxes.first.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        return None
    box = boxes.first

    def act() -> None:  # open the list, move to the next indicator, choose it
        box.click()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")

    result = measure_input(probe, act)
    if result["map_redrawn_ms"] is None:
        result.pop("map_redrawn_ms")
    return result
