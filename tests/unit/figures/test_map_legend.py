"""The map legend lists exactly the fills the reader sees (issue 10): one entry per category
drawn (hatched when all of it is likely, a dot when all of it is cities), 'likely' explained
once, the Member State fills and 'outside the EU' only when the frame shows them; checked on
every kind of map view, plain and widened for a presentation screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

import pandas as pd
import pytest
import shapely

from figures import map_specs, svg_map
from figures.map_figure import MapFigure
from geo import neighbours
from geo.nuts import load_nuts
from geo.projection import INSETS, map_geometries
from pri_data.i18n import translator_for

SVG = "{http://www.w3.org/2000/svg}"
EN = translator_for("en")
ROWS = [  # id, code, level, country, type, confidence, group, lon, lat
    ("p1", "BE10", 2, "BE", "region", "confirmed", "g1", None, None),
    ("p2", "FI1D7", 3, "FI", "region", "likely", "g2", None, None),
    ("p3", "BE242", 3, "BE", "city", "confirmed", "g1", 4.70093, 50.87959),
    ("p4", "HU", 0, "HU", "member_state", "confirmed", "individual", None, None),
    ("p5", "PT20", 2, "PT", "region", "confirmed", "g1", None, None),
    ("p6", "ES22", 2, "ES", "region", "likely", "g1", None, None),
    ("p7", "FI1C1", 3, "FI", "city", "likely", "g2", 22.27, 60.45),
]
LABELS = {
    "network": {"g1": "Network one", "g2": "Network two", "individual": "Individual"},
    "type": {"region": "Region", "city": "City", "member_state": "Member State"},
    "confidence": {"confirmed": "Confirmed", "likely": "Likely"},
}
CATEGORY = {"network": "group", "type": "participant_type", "confidence": "confidence"}


def _frame(color_by: str = "network", ids: tuple[str, ...] = ()) -> pd.DataFrame:
    cols = ("id", "nuts_code", "nuts_level", "country_code", "participant_type", "confidence",
            "group", "lon", "lat")  # fmt: skip
    frame = pd.DataFrame([dict(zip(cols, row, strict=True)) for row in ROWS])
    frame = frame[frame["id"].isin(ids)] if ids else frame
    return frame.assign(
        name_en=frame["id"], name_local=frame["id"], detail="d", groups_text="g",
        category_key=frame[CATEGORY[color_by]],
        category=frame[CATEGORY[color_by]].map(LABELS[color_by]),
    ).reset_index(drop=True)  # fmt: skip


def _participant_map(color_by: str, ids: tuple[str, ...] = (), fit: bool = True) -> MapFigure:
    frame = _frame(color_by, ids)
    elsewhere = set(_frame(color_by)["country_code"])  # the whole list's countries
    return map_specs.participant_map(
        frame, color_by, ["g1", "g2"], LABELS[color_by], {}, "T", "S", fit=fit, tr=EN,
        elsewhere=elsewhere,
    )  # fmt: skip


def _locator(pid: str) -> MapFigure:
    row = _frame("confidence", (pid,))
    return map_specs.locator_map(row, {}, "T", "S", EN, represented={"BE", "FI", "HU", "PT", "ES"})


def _indicator_map() -> MapFigure:
    values = pd.DataFrame(
        {"nuts_id": ["BE10", "FI1D", "HU11"], "label": ["a", "b", "c"],
         "value": [1.0, 2.0, None], "year": [2020, 2020, 2020], "flag": ["", "", ""]}
    )  # fmt: skip
    return map_specs.indicator_map(values, {("BE10", 2)}, "T", "%", "S", str)


VIEWS = {
    "eu by network": lambda: _participant_map("network", fit=False),
    "eu by type": lambda: _participant_map("type", fit=False),
    "eu by confidence": lambda: _participant_map("confidence", fit=False),
    "one network": lambda: _participant_map("network", ("p2", "p7")),
    "one country": lambda: _participant_map("network", ("p1", "p3")),
    "one network, in Finland and Belgium": lambda: _participant_map("network", ("p1", "p2")),
    "one member state": lambda: _participant_map("type", ("p4",)),
    "locator, confirmed": lambda: _locator("p1"),
    "locator, likely": lambda: _locator("p2"),
    "locator, city": lambda: _locator("p3"),
    "locator, likely city": lambda: _locator("p7"),
    "locator, outermost": lambda: _locator("p5"),
    "locator, member state": lambda: _locator("p4"),
    "indicator map": _indicator_map,
}


@cache
def _countries() -> dict[str, shapely.Geometry]:
    """EU countries (their mainland) and the outermost regions (in their boxes) in map units,
    from the NUTS file itself."""
    frame = load_nuts()
    frame = frame[(frame["level"] == 0) | frame["nuts_id"].isin([i.code for i in INSETS])]
    return dict(zip(frame["nuts_id"], map_geometries(frame), strict=True))


def _drawn(fig: MapFigure) -> set[str]:
    """Keys of the fills that show inside the frame."""
    x, y, w, h = fig.frame
    box = shapely.box(x, y, x + w, y + h)
    keys = {s.fill for s in (*fig.shapes, *fig.outlines)} | {d.fill for d in fig.dots}
    covered = {s.nuts_id for s in fig.shapes}  # under a participant's own unit
    for shape in fig.base:
        if shape.nuts_id in covered:
            continue
        country = _countries().get(shape.nuts_id)
        if country is None or country.intersects(box):
            keys.add(shape.fill)
    if fig.context and neighbours.in_frame(fig.frame):
        keys |= {s.fill for s in fig.context}
    return keys


def _entries(svg: str) -> list[str]:
    return re.findall(r'<g class="pri-legend-entry" data-fill="([^"]+)"', svg)


def _check(fig: MapFigure, svg: str) -> None:
    fills = {f.key: f for f in fig.fills}
    drawn, listed = _drawn(fig), _entries(svg)
    assert len(listed) == len(set(listed))
    for key in listed:  # each entry: a fill drawn, or what hatching or a dot means
        if key == map_specs.LIKELY_KEY:
            assert any(fills[k].hatched for k in drawn), key
        elif key == "_city":
            assert fig.dots, key
        else:
            assert key in drawn, key
    for key in drawn:  # each fill drawn: its own entry, or its category's with 'likely'
        assert key in listed or (
            key.endswith("~") and key[:-1] in listed and map_specs.LIKELY_KEY in listed
        ), key
    categories = [k.rstrip("~") for k in listed]
    assert len(categories) == len(set(categories)), listed  # never solid and hatched both


@pytest.mark.parametrize("view", VIEWS)
def test_the_legend_lists_exactly_the_fills_drawn(view: str) -> None:
    fig = VIEWS[view]()
    legend = "below" if view.startswith("locator") else "right"
    _check(fig, svg_map.render(fig, "m", legend=legend, width=420 if legend == "below" else 1000))


@pytest.mark.parametrize("view", ["eu by network", "one network", "one country", "indicator map"])
def test_the_legend_of_a_widened_presentation_frame_lists_what_it_shows(view: str) -> None:
    box = 1280 / 560  # about what a 1280x720 screen leaves below the bar and the title
    fig, _width, _columns = svg_map.fill_box(VIEWS[view](), "m", svg_map.WIDTH, box)
    _check(fig, svg_map.render(VIEWS[view](), "m", box=box))


def test_a_likely_participants_locator_has_one_hatched_likely_entry() -> None:
    """It showed a solid 'Likely' swatch (drawn nowhere) and the hatched 'likely' entry."""
    svg = svg_map.render(_locator("p2"), "m", legend="below", width=420)
    listed = _entries(svg)
    assert [k for k in listed if "likely" in k] == ["likely~"]
    entry = re.search(r'data-fill="likely~">(.*?)</g>', svg)[1]
    assert 'fill="url(#' in entry and ">Likely<" in entry


def test_a_category_drawn_only_as_cities_has_a_dot_swatch() -> None:
    svg = svg_map.render(_participant_map("type", fit=False), "m")
    root = ET.fromstring(svg)
    entries = {e.get("data-fill"): e for e in root.iter(f"{SVG}g")
               if e.get("class") == "pri-legend-entry"}  # fmt: skip
    assert entries["city"].find(f"{SVG}circle") is not None
    assert entries["region"].find(f"{SVG}circle") is None
    assert "_city" not in entries  # 'City' says it already


def test_the_locator_draws_a_neighbour_with_participants_as_represented() -> None:
    """A locator in Belgium drew the Netherlands as having no named participant."""
    row = _frame("confidence", ("p1",))
    fig = map_specs.locator_map(row, {}, "T", "S", EN, represented={"BE", "NL"})
    fill = {s.nuts_id: s.fill for s in fig.base}
    assert fill["NL"] == fill["BE"] == map_specs.REPRESENTED_KEY
    assert fill["LU"] == map_specs.NOT_REPRESENTED_KEY


def test_a_filtered_map_never_says_a_left_out_country_has_no_participant() -> None:
    """Finland's participants filtered out: Finland is 'no participant in this selection', with
    its own legend entry (in French too), never 'Member State with no named participant'."""
    frame = _frame("network", ("p1", "p3"))  # Belgium only
    fr = translator_for("fr")
    fig = map_specs.participant_map(
        frame, "network", ["g1", "g2"], LABELS["network"], {}, "T", "S", tr=fr,
        elsewhere={"BE", "FI", "HU", "PT", "ES"}, fit=False,
    )  # fmt: skip
    fills = {s.nuts_id: s.fill for s in fig.base}
    assert fills["BE"] == map_specs.REPRESENTED_KEY
    assert {fills[c] for c in ("FI", "HU", "PT", "ES", "PT20")} == {map_specs.OTHER_SELECTION_KEY}
    assert fills["DE"] == map_specs.NOT_REPRESENTED_KEY
    svg = svg_map.render(fig, "m")
    listed = _entries(svg)
    assert map_specs.OTHER_SELECTION_KEY in listed and map_specs.NOT_REPRESENTED_KEY in listed
    label = next(f.label for f in fig.fills if f.key == map_specs.OTHER_SELECTION_KEY)
    assert label == "État membre, aucun participant dans cette sélection"
    unfiltered = map_specs.participant_map(
        _frame("network"), "network", ["g1", "g2"], LABELS["network"], {}, "T", "S",
        elsewhere={"BE", "FI", "HU", "PT", "ES"}, fit=False,
    )  # fmt: skip
    assert map_specs.OTHER_SELECTION_KEY not in _entries(svg_map.render(unfiltered, "m"))
