"""A return visit: the browser that made the first load opens the same address again, as a user
coming back to the dashboard does. Its HTTP cache holds what the first load fetched (Streamlit's
scripts and fonts; for the dashboard also the map's code, geometry and still picture); the server
starts a new session. Times count from this navigation's start, like ``first_load``'s.

It ends the first journey, so it runs after the filters on the map page (``app``) and after the
first load elsewhere; every app and address is measured the same way, and ``bench/report.py``
gives the dashboard's time as a ratio to the empty page's return visit (information: the target
is for a first load).
"""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe

NAME = "return_visit"
APPS = ("app", "app_overview", "baseline", "empty", "empty_at_map")


def measure(probe: Probe, server, app: AppUnderTest) -> dict[str, float]:
    before = probe.bytes_snapshot()  # this visit's bytes only
    probe.page.goto(server.base_url + app.map_path, wait_until="commit")
    drawn = probe.map_drawn_at()
    return {
        "map_drawn_ms": drawn,
        "map_shown_ms": probe.map_shown_at(),
        "idle_ms": probe.wait_idle_after(0.0),
        "ws_kb": probe.bytes_since(before).total / 1000,
    }
