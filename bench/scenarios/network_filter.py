"""A network filter change: on the map page (idle, unfiltered), pick "Vanguard Initiative"
(4 regions) in the sidebar multiselect "Network or consortium" as a user does (open, type, click
the option). Afterwards the pick is removed again (not measured)."""

from __future__ import annotations

from bench.harness import AppUnderTest, Probe
from bench.inputs import filter_step

NAME = "network_filter"
APPS = ("app", "baseline")
LABEL, OPTION = "Network or consortium", "Vanguard Initiative"


def measure(probe: Probe, server, app: AppUnderTest) -> dict:
    return filter_step(probe, LABEL, OPTION)
