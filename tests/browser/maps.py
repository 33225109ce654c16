"""Reading and clicking Plotly MapLibre maps in a real browser (shared by tests and bench)."""

from __future__ import annotations

_MAP_JS = "document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot')[{i}]"


def wait_for_map(page, index: int = 0, timeout_ms: float = 60_000) -> None:
    """Wait until the ``index``-th Plotly map has its MapLibre map loaded and rendered."""
    page.wait_for_function(
        f"""() => {{
          const gd = {_MAP_JS.format(i=index)};
          const m = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
          return !!(m && m.map && m.map.loaded() && m.map.areTilesLoaded());
        }}""",
        timeout=timeout_ms,
    )


def drawn_feature_count(page, index: int = 0) -> int:
    """Features MapLibre actually rendered on the map (0 when the map drew nothing)."""
    return page.evaluate(
        f"""() => {{
          const gd = {_MAP_JS.format(i=index)};
          return gd._fullLayout.map._subplot.map.queryRenderedFeatures().length;
        }}"""
    )


def click_lonlat(page, lon: float, lat: float, index: int = 0) -> None:
    """Click the map where (lon, lat) is drawn."""
    x, y = page.evaluate(
        f"""([lon, lat]) => {{
          const gd = {_MAP_JS.format(i=index)};
          const m = gd._fullLayout.map._subplot.map;
          const pt = m.project([lon, lat]);
          const box = gd.querySelector('.maplibregl-canvas').getBoundingClientRect();
          return [box.left + pt.x, box.top + pt.y];
        }}""",
        [lon, lat],
    )
    page.mouse.move(x - 8, y - 8)
    page.mouse.move(x, y)  # let Plotly's hover find the point first, as a user's pointer does
    page.wait_for_timeout(150)
    page.mouse.click(x, y)
