"""Page open to first map drawn (on the screen; for the dashboard also live), page open to idle,
websocket bytes and server RSS, first load.

A fresh browser context (empty HTTP cache, new Streamlit session) opens the app's address
(``AppUnderTest.map_path``). Times count from navigation start (``performance.now()`` is 0 there).
The page is left on the map, idle, for the filter scenarios that follow in the same journey.

Both pages users open first are measured, each in its own context: the map page ``/map`` ("app")
and the Overview ``/`` ("app_overview", the same map component and still picture), and the empty
page at both shapes of address, ``/`` ("empty") and ``/map`` ("empty_at_map"; why:
``bench.harness.EMPTY_AT_MAP``). ``bench/report.py`` compares like with like.
"""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe
from bench.server_memory import rss_mb

NAME = "first_load"
APPS = ("app", "app_overview", "baseline", "empty", "empty_at_map")

_PLOTLY_CHUNK_JS = """() => {
  const e = performance.getEntriesByType('resource')
    .find(r => /PlotlyChart\\.[^/]*\\.js$/.test(r.name));
  return e ? e.responseEnd : null;
}"""


def measure(probe: Probe, server, app: AppUnderTest) -> dict[str, float]:
    probe.page.goto(server.base_url + app.map_path, wait_until="commit")
    drawn = probe.map_drawn_at()
    shown = probe.map_shown_at()
    live = probe.map_live_at() if app.drawn == "svg" else None
    idle = probe.wait_idle_after(0.0)
    result = {
        "map_drawn_ms": drawn,
        "map_shown_ms": shown,
        "map_live_ms": live,
        "idle_ms": idle,
        "ws_kb": probe.ws.total / 1000,
        "rss_1_session_mb": rss_mb(server.process.pid),
        # diagnostics: where the time goes
        "script_done_ms": _first_idle(probe.page.evaluate("window.__bench.states")),
        "plotly_chunk_loaded_ms": probe.page.evaluate(_PLOTLY_CHUNK_JS),
        "first_afterplot_ms": probe.page.evaluate("window.__bench.afterplots[0] ?? null"),
    }
    if probe.blocked:
        result["blocked_requests"] = len(probe.blocked)
    return result


def _first_idle(states: list) -> float | None:
    """Page time of the first notRunning after a running state (the first script run done)."""
    seen_running = False
    for t, state in states:
        seen_running = seen_running or state == "running"
        if seen_running and state == "notRunning":
            return t
    return None
