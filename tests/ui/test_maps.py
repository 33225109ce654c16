"""What the map figures say, read from the chart spec AppTest receives: a legend even for one
group, legend and source line in the UI language, likely participants drawn apart."""

from __future__ import annotations

import json

from tests import live
from tests.ui.apptest import run


def map_spec(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def legend_names(spec: dict) -> list[str]:
    return [t["name"] for t in spec["data"] if t.get("name") and t.get("showlegend") is not False]


def test_one_group_still_has_its_legend() -> None:
    spec = map_spec(run("pages/map.py", group="vanguard-initiative"))
    assert spec["layout"]["showlegend"] is True
    assert "Vanguard Initiative" in legend_names(spec)


def test_legend_and_source_line_follow_the_language() -> None:
    spec = map_spec(run("pages/map.py", lang="fr", color="type"))
    assert {"Région", "Ville"} <= set(legend_names(spec))
    assert spec["layout"]["annotations"][0]["text"].startswith("Sources : liste des participants")


def test_likely_areas_are_a_fainter_trace_of_their_own() -> None:
    spec = map_spec(run("pages/map.py", confidence="likely"))
    areas = [t for t in spec["data"] if t["type"] == "choroplethmap" and t.get("customdata")]
    assert len(areas) == 1
    assert areas[0]["marker"]["opacity"] < 0.5
    assert len(areas[0]["locations"]) == live.count(confidence="likely")
