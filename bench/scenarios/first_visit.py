"""The first visit after a server start: the server is started, left until it is ready for
visitors, then a fresh browser context opens /map; page open → map drawn, as in ``first_load``.

Ready means: for the dashboard as served (``streamlit run serve.py``), its log says ``ui.warm``
has built the first pages (``ui.warm.DONE``); for the same app run without the warm-up
(``streamlit run app.py``, "app_unwarmed") and the empty page, the server answers its health
check (nothing more happens before a session). The other scenarios measure warm servers: their
warm-up repetition has paid this once.
"""

from __future__ import annotations

import time

from bench.harness import TIMEOUT_MS, AppUnderTest, open_probe
from tests.browser.server import ENTRY, wait_warm

NAME = "first_visit"
APPS = ("app", "app_unwarmed", "empty_at_map")
READY_TIMEOUT_S = 60.0


def wait_ready(server, app: AppUnderTest) -> float:
    """Seconds from health to ready (0 for an app without the warm-up)."""
    return wait_warm(server, READY_TIMEOUT_S) if app.script == ENTRY else 0.0


def measure(browser, app: AppUnderTest) -> dict[str, float]:
    started = time.perf_counter()
    server = app.start()
    try:
        healthy = time.perf_counter()
        ready = wait_ready(server, app)
        with open_probe(browser, app.drawn) as probe:
            probe.page.goto(server.base_url + app.map_path, wait_until="commit", timeout=TIMEOUT_MS)
            drawn = probe.map_drawn_at()
        return {
            "map_drawn_ms": drawn,
            "ready_s": healthy - started + ready,
        }
    finally:
        server.stop()
