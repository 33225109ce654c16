"""A page switch: open Overview (which has a map), then click "Map" in the sidebar's page links.
Idle and map drawn are measured on the new page (its map is drawn anew, so
``map_redrawn_ms`` is the new map drawn). The page is left on the map, idle."""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe, open_ready
from bench.inputs import measure_input

NAME = "page_switch"
APPS = ("app",)  # the baseline has one page


def measure(probe: Probe, server, app: AppUnderTest) -> dict:
    open_ready(probe, server.base_url + "/")
    # the sidebar's own page links (ui/urls.py; st.navigation is hidden)
    link = probe.page.get_by_test_id("stSidebar").get_by_role("link", name="Map", exact=True)
    result = measure_input(probe, link.click)
    if "/map" not in probe.page.url:
        raise RuntimeError(f"the Map link led to {probe.page.url}")
    return result
