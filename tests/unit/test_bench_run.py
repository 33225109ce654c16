"""``python -m bench --only``: a scenario runs after the steps before it in its journey (a filter
needs the map page open). Before, ``--only network_filter`` skipped opening the page, so every
filter step failed waiting for the sidebar and the table said n/a."""

from __future__ import annotations

from bench.run import journey_steps
from bench.scenarios import (
    JOURNEYS,
    country_filter,
    first_load,
    map_click,
    network_filter,
    return_visit,
)

FILTERS, CLICKS, _INDICATOR = JOURNEYS


def _names(steps: list) -> list[str]:
    return [step.NAME for step in steps]


def test_a_filter_alone_opens_the_map_page_first() -> None:
    assert journey_steps(FILTERS, ["network_filter"]) == [first_load, network_filter]
    assert _names(journey_steps(FILTERS, ["country_filter"])) == [
        "first_load", "network_filter", "country_filter",
    ]  # fmt: skip


def test_a_click_on_the_map_comes_after_the_page_switch() -> None:
    assert _names(journey_steps(CLICKS, ["map_click"])) == ["page_switch", "map_click"]
    assert journey_steps(CLICKS, [map_click.NAME, "startup"])[-1] is map_click


def test_a_journey_nothing_asks_for_is_left_out() -> None:
    assert journey_steps(FILTERS, ["indicator_change", "sessions"]) == []
    assert journey_steps(FILTERS, ["first_load"]) == [first_load]
    everything = [s.NAME for s in FILTERS]
    assert journey_steps(FILTERS, everything) == [
        first_load, network_filter, country_filter, return_visit,
    ]  # fmt: skip
