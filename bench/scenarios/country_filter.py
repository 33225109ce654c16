"""A country filter change: on the map page (idle, unfiltered), pick "Italy" (9 regions and a
city) in the sidebar multiselect "Country". Afterwards the pick is removed again (not measured)."""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe
from bench.inputs import filter_step

NAME = "country_filter"
APPS = ("app", "baseline")
LABEL, OPTION = "Country", "Italy"


def measure(probe: Probe, server, app: AppUnderTest) -> dict:
    return filter_step(probe, LABEL, OPTION)
