"""Server RSS with many sessions: ``SESSIONS`` browser contexts in one browser each open the map
page at once; once every session is idle (its script run finished and sent), the RSS of the
server process and its children is read. All contexts are closed afterwards.

Bounded: these contexts do not load Plotly's chunk (``PlotlyChart.*.js`` is aborted), so two cores
are not spent drawing 30 software-WebGL maps for the baseline (the dashboard's map has no Plotly).
The server runs the same script and sends the same messages either way.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

from bench.harness import AppUnderTest, open_probe
from bench.server_memory import rss_mb

NAME = "sessions"
APPS = ("app", "baseline")
SESSIONS = 30


def measure(browser, server, app: AppUnderTest, sessions: int = SESSIONS) -> dict:
    with ExitStack() as stack:
        probes = [stack.enter_context(open_probe(browser)) for _ in range(sessions)]
        for probe in probes:
            probe.page.context.route("**/PlotlyChart.*.js", lambda route: route.abort())
        started = time.perf_counter()
        for probe in probes:
            probe.page.goto(server.base_url + app.map_path, wait_until="commit")
        for probe in probes:
            probe.wait_idle_after(0.0)
        return {
            f"rss_{sessions}_sessions_mb": rss_mb(server.process.pid),
            "all_idle_s": time.perf_counter() - started,
            "ws_kb_all": sum(p.ws.total for p in probes) / 1000,
        }
