"""What every scenario shares: the app under test, a browser page with timing and websocket probes
(their page-side code: ``bench/probe_js.py``), the idle wait after an input, and the summary of
repeated samples (server RSS: ``bench/server_memory.py``; the inputs themselves:
``bench/inputs.py``).

Readiness signals (the same as ``tests/browser``, imported from there, never copied):

* idle: ``READY_SELECTOR`` from ``tests/browser/server.py``, i.e.
  ``[data-testid="stApp"][data-test-script-state="notRunning"]`` (checked in the streamlit 1.67
  bundle, ``static/js/index.*.js``), entered after a ``running`` state that began after the input,
  and still true ``SETTLE_MS`` later (a ``st.switch_page`` or a callback rerun counts as the same
  input).
* map drawn, per app (``AppUnderTest.drawn``):
  - the dashboard ("svg"): the map on the screen, whichever comes first: its still picture
    loaded (``ui/map_preview.py``; an image ``load`` event in its box), or the live map drawn. The
    live map (``map_live_at``) is ``wait_for_map`` from ``tests/browser/maps.py`` (the SVG map
    component has every path's geometry, ``data-state="drawn"``); its time is the component's
    own ``data-drawn-at`` (``performance.now()`` when it drew). Redrawn: a later
    ``data-drawn-at`` (a rerun never sends the picture).
  - the baseline ("plotly"): its Plotly map has a MapLibre map with ``loaded()`` and
    ``areTilesLoaded()`` (``bench/plotly_map.py``); redrawn: a Plotly ``afterplot`` after the input.
  - the empty page ("text"): its one line of text is in the page (a MutationObserver notes when).
* map on the screen (``map_shown_at``, information): the browser's paint time of the frame that
  first showed the picture or the text (``largest-contentful-paint`` entries); none for a canvas.

Times are read from the page's own clock (``performance.now()``, 0 = navigation start): an input
is the ``pointerdown``/``keydown`` event the page saw, a state change is the moment a
MutationObserver saw ``data-test-script-state`` change.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.plotly_map import wait_for_plotly_map
from bench.probe_js import (
    DRAWN_AT_JS,
    IDLE_AFTER_JS,
    PROBE_JS,
)
from tests.browser.maps import wait_for_map
from tests.browser.server import (
    ENTRY,
    READY_SELECTOR,
    StreamlitServer,
    start_streamlit,
    wait_for_app,
)

REPO = Path(__file__).resolve().parents[1]
VIEWPORT = {"width": 1600, "height": 1000}
SETTLE_MS = 400  # quiet time after idle before an input counts as finished
TIMEOUT_MS = 90_000
# Only this machine: requests elsewhere are aborted (matched in the Playwright driver, not Python).
NOT_LOCAL = re.compile(r"^(?!(https?|wss?)://(127\.0\.0\.1|localhost)(:\d+)?/).*")


@dataclass(frozen=True)
class AppUnderTest:
    """One app the benchmark drives at one address: ``kind`` is "app" (the dashboard at /map),
    "app_overview" (the dashboard at /), "baseline" (the plain Plotly way), "empty" (one line of
    text at /: the floor) or "empty_at_map" (the same at /map). Kinds with the same ``script``
    share one server."""

    kind: str
    script: str
    map_path: str  # URL path of the page with the map and the sidebar filters
    drawn: str = "svg"  # what "map drawn" means: "svg", "plotly" or "text" (see the docstring)

    def start(self) -> StreamlitServer:
        return start_streamlit(app=self.script, cwd=REPO, timeout=TIMEOUT_MS / 1000)


APP = AppUnderTest("app", ENTRY, "/map")  # as users run it: app.py, warmed at start (ui.warm)
BASELINE = AppUnderTest("baseline", "bench/baseline_app.py", "/", "plotly")
EMPTY = AppUnderTest("empty", "bench/empty_app.py", "/", "text")
# The same servers opened at the other address of the first load, so each dashboard address is
# compared with the empty page opened at an address of the same shape. Streamlit's frontend opened
# at a path ("/map") first probes "/map/_stcore/health" and "/map/_stcore/host-config" (404),
# waits its 100 ms retry delay, then probes "/_stcore/..." before it opens the websocket: every
# app opened at a path pays that, the empty page too.
APP_OVERVIEW = AppUnderTest("app_overview", ENTRY, "/")  # the Overview, which has the map too
# A one-file app opened at /map shows the same line of text, no "page not found" notice (checked
# with Streamlit 1.67: the address stays /map and the text is the page's only Markdown).
EMPTY_AT_MAP = AppUnderTest("empty_at_map", "bench/empty_app.py", "/map", "text")
# The dashboard without the warm-up at start (bench/scenarios/first_visit.py).
APP_UNWARMED = AppUnderTest("app_unwarmed", "app.py", "/map")


@dataclass
class WsBytes:
    """Websocket payload bytes (received = server to browser, sent = browser to server)."""

    received: int = 0
    sent: int = 0

    @property
    def total(self) -> int:
        return self.received + self.sent


@dataclass
class Probe:
    """A page in its own browser context, with the timing script and a websocket byte counter."""

    page: object
    drawn: str = "svg"  # the app's map signal (AppUnderTest.drawn)
    ws: WsBytes = field(default_factory=WsBytes)
    blocked: list[str] = field(default_factory=list)

    def now(self) -> float:
        return self.page.evaluate("performance.now()")

    def inputs(self) -> int:
        return self.page.evaluate("window.__bench.inputs.length")

    def input_time(self, index: int) -> float:
        """Page time of the ``index``-th input event (pointerdown or keydown)."""
        return self.page.evaluate(f"window.__bench.inputs[{index}]")

    def bytes_snapshot(self) -> WsBytes:
        return WsBytes(self.ws.received, self.ws.sent)

    def bytes_since(self, before: WsBytes) -> WsBytes:
        return WsBytes(self.ws.received - before.received, self.ws.sent - before.sent)

    def wait_idle_after(self, t0: float, timeout_ms: float = TIMEOUT_MS) -> float:
        """Page time the app became idle (and stayed idle for ``SETTLE_MS``) after ``t0``."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            idle_at = self.page.wait_for_function(
                IDLE_AFTER_JS, arg=[t0, READY_SELECTOR], timeout=timeout_ms
            ).json_value()
            wait_for_app(self.page, timeout_ms)  # the tests' idle signal holds too
            self.page.wait_for_timeout(SETTLE_MS)
            if self.page.evaluate(IDLE_AFTER_JS, [t0, READY_SELECTOR]) == idle_at:
                return idle_at
            if time.monotonic() > deadline:
                states = self.page.evaluate("window.__bench.states")
                raise TimeoutError(f"the app did not settle; states: {states[-12:]}")

    def map_drawn_at(self) -> float:
        """Wait for the app's map (or text) to be drawn; page time it was drawn."""
        if self.drawn == "text":
            return self.page.wait_for_function(
                "() => window.__bench.textAt", timeout=TIMEOUT_MS
            ).json_value()
        if self.drawn == "plotly":
            wait_for_plotly_map(self.page, TIMEOUT_MS)
            return self.now()
        live = self.map_live_at()
        picture = self.page.evaluate("window.__bench.pictureAt")
        return live if picture is None else min(picture, live)

    def map_shown_at(self, timeout_ms: float = 5_000) -> float | None:
        """Page time of the frame that first showed the map's picture (or the empty page's text),
        from the browser's paint timing; None for the baseline (a canvas has no entry) or when no
        entry came (e.g. the live map was drawn first). Call after ``map_drawn_at``."""
        key = {"svg": "picture", "text": "text"}.get(self.drawn)
        if key is None:
            return None
        try:
            return self.page.wait_for_function(
                f"() => window.__bench.shown.{key}", timeout=timeout_ms
            ).json_value()
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError: no paint entry
            return None

    def map_live_at(self) -> float:
        """Wait for the live (interactive) SVG map; page time it was drawn."""
        wait_for_map(self.page, 0, TIMEOUT_MS)
        return float(self.page.evaluate(DRAWN_AT_JS))

    def map_redrawn_after(self, t0: float, timeout_ms: float = 10_000) -> float | None:
        """Page time the map was drawn again after ``t0``; None when it was not redrawn."""
        try:
            if self.drawn == "plotly":
                self.page.wait_for_function(
                    f"() => window.__bench.afterplots.some(t => t >= {t0})", timeout=timeout_ms
                )
                wait_for_plotly_map(self.page, TIMEOUT_MS)
                return self.now()
            return float(
                self.page.wait_for_function(
                    f"() => {{ const t = ({DRAWN_AT_JS})(); return t >= {t0} && t; }}",
                    timeout=timeout_ms,
                ).json_value()
            )
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError: no redraw happened
            return None


@contextmanager
def open_probe(browser, drawn: str = "svg") -> Iterator[Probe]:
    """A fresh 1600x1000 context (empty cache, new session) with the probe installed; ``drawn``
    is the app's map signal (``AppUnderTest.drawn``)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(PROBE_JS)
    page = context.new_page()
    probe = Probe(page, drawn)

    def block(route) -> None:
        probe.blocked.append(route.request.url)
        route.abort()

    def on_websocket(ws) -> None:
        ws.on("framereceived", lambda payload: _count(probe.ws, "received", payload))
        ws.on("framesent", lambda payload: _count(probe.ws, "sent", payload))

    context.route(NOT_LOCAL, block)
    page.on("websocket", on_websocket)
    try:
        yield probe
    finally:
        context.close()


def _count(counter: WsBytes, side: str, payload: str | bytes) -> None:
    size = len(payload.encode()) if isinstance(payload, str) else len(payload)
    setattr(counter, side, getattr(counter, side) + size)


def open_ready(probe: Probe, url: str) -> None:
    """Open ``url`` and wait until its map is drawn and the app is idle."""
    probe.page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    probe.map_drawn_at()
    probe.wait_idle_after(0.0)


def summarize(values: list[float]) -> dict[str, float | int | None]:
    """Median, min, max and count of the measured (post warm-up) samples."""
    if not values:
        return {"median": None, "min": None, "max": None, "n": 0}
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }
