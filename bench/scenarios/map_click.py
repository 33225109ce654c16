"""A map click: on the map page, pick "Cities 4.0 Consortium" in the sidebar (not measured), then
click Leuven's dot; the app opens its profile (``st.switch_page``). Measured from the click to
idle on the profile page, both reruns included."""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe
from bench.inputs import measure_input, pick_option, timed_input
from tests.browser.maps import click_participant

NAME = "map_click"
APPS = ("app",)
LEUVEN = "be-leuven"  # participant id (pri_data/data/participants.csv)


def measure(probe: Probe, server, app: AppUnderTest) -> dict:
    if "/map" not in probe.page.url:
        raise RuntimeError("map_click starts on the map page (run it after page_switch)")
    t_input, _cost, _idle = timed_input(
        probe, pick_option(probe, "Network or consortium", "Cities 4.0 Consortium")
    )
    probe.map_redrawn_after(t_input)
    probe.page.keyboard.press("Escape")
    result = measure_input(probe, lambda: click_participant(probe.page, LEUVEN))
    if "/profile" not in probe.page.url:
        raise RuntimeError(f"the map click led to {probe.page.url}, not the profile")
    result.pop("map_redrawn_ms")  # the profile page may have no map
    return result
