"""One module per scenario. A browser scenario has ``NAME``, ``APPS`` (the apps it applies to)
and ``measure(probe, server, app) -> dict[str, float] | None`` (None: not applicable, e.g. no such
widget yet). Scenarios run in journeys: one fresh browser context per journey and repetition,
each step starting where the one before left the page, so a page is not reloaded just to reset it.
"""

from bench.scenarios import (
    country_filter,
    first_load,
    first_visit,
    indicator_change,
    map_click,
    network_filter,
    page_switch,
    return_visit,
    sessions,
    startup,
)

JOURNEYS = (
    # open the map page, filter, filter, then open it again in the same browser
    (first_load, network_filter, country_filter, return_visit),
    (page_switch, map_click),  # Overview -> Map link, then a click on the map -> profile
    (indicator_change,),
)
BROWSER_SCENARIOS = tuple(s for journey in JOURNEYS for s in journey)
__all__ = ["BROWSER_SCENARIOS", "JOURNEYS", "first_visit", "sessions", "startup"]
