"""Server start to healthy: ``streamlit run`` launched until ``/_stcore/health`` answers 200.

Uses the tests' launcher (``tests/browser/server.py::start_streamlit``), which polls every 0.2 s:
the figure is rounded up to that poll. Streamlit answers health before the app script first runs
(the script runs when the first browser session connects), so this is import and server set-up;
the dashboard's warm-up (``ui.warm``) runs after it, in the background
(``bench/scenarios/first_visit.py`` measures when it is done).
"""

from __future__ import annotations

import time

from bench.harness import AppUnderTest

NAME = "startup"
APPS = ("app", "baseline", "empty")


def measure(app: AppUnderTest) -> dict[str, float]:
    started = time.perf_counter()
    server = app.start()
    healthy = time.perf_counter()
    server.stop()
    return {"server_start_s": healthy - started}
