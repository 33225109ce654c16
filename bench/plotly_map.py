"""The baseline app's readiness signal: its Plotly MapLibre map drawn (the dashboard itself has no
Plotly map any more; its signal is ``tests/browser/maps.py``)."""

from __future__ import annotations

_MAP_JS = "document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot')[0]"


def wait_for_plotly_map(page, timeout_ms: float) -> None:
    """Wait until the first Plotly map has its MapLibre map loaded and rendered."""
    page.wait_for_function(
        f"""() => {{
          const gd = {_MAP_JS};
          const m = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
          return !!(m && m.map && m.map.loaded() && m.map.areTilesLoaded());
        }}""",
        timeout=timeout_ms,
    )
