"""The outermost regions' boxes on the EU view (issue 10): at sea, clear of every EU country's
drawn outline and of the land outside the EU, tidy (a grid of equal boxes), inside the view; a
frame on a mainland selection shows none of them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd
import pytest
import shapely

from figures import map_specs, svg_map
from figures.map_view import _rings
from geo.nuts import EU27
from geo.projection import INSET_GAP, eu_frame, inset_boxes
from geo.shapes import NEIGHBOURS_ID, served_paths

SVG = "{http://www.w3.org/2000/svg}"


def _rect(box: tuple[float, float, float, float]) -> shapely.Geometry:
    x, y, w, h = box
    return shapely.box(x, y, x + w, y + h)


def _path_bounds(d: str) -> tuple[float, float, float, float]:
    points = shapely.multipoints([p for ring in _rings(d) for p in ring])
    return shapely.bounds(points)


@pytest.mark.parametrize("code", EU27)
def test_no_box_overlaps_a_countrys_bounding_box_on_the_eu_view(code: str) -> None:
    """A country is drawn as its mainland, and the boxes sit at sea beside it: France's and
    Portugal's outlines once reached into the boxes, which had to hug Portugal's coast."""
    minx, miny, maxx, maxy = _path_bounds(served_paths("0")[code])
    country = shapely.box(minx, miny, maxx, maxy).buffer(INSET_GAP / 2)
    for inset, box in inset_boxes().items():
        assert not country.intersects(_rect(box)), (code, inset)


def test_no_box_overlaps_land_outside_the_eu() -> None:
    land = shapely.union_all(
        [shapely.polygons(r).buffer(0) for r in _rings(served_paths("n")[NEIGHBOURS_ID])]
    )
    for inset, box in inset_boxes().items():
        assert not land.intersects(_rect(box).buffer(INSET_GAP / 2)), inset


def test_the_boxes_are_a_tidy_grid_inside_the_eu_view() -> None:
    boxes = list(inset_boxes().values())
    assert len({(w, h) for _x, _y, w, h in boxes}) == 1  # all the same size
    assert len({x for x, *_ in boxes}) == 2 and len({y for _x, y, *_ in boxes}) == 4
    w, h = boxes[0][2:]
    assert 0.7 <= w / h <= 1.4  # neither slivers nor strips
    view = _rect(eu_frame())
    assert all(view.contains(_rect(b)) for b in boxes)
    for i, a in enumerate(boxes):
        assert not any(_rect(a).intersects(_rect(b)) for b in boxes[i + 1 :])


@pytest.mark.parametrize("code", ["IE0", "IE05", "ES11", "PT11", "PT17"])
@pytest.mark.parametrize("box", [0.0, 2.47])
def test_a_frame_on_the_atlantic_coast_draws_no_box(code: str, box: float) -> None:
    """Ireland, Galicia, Norte, Lisboa framed with their surroundings, plain and widened for a
    presentation screen: the Atlantic where the boxes sit, never a box or a part of one."""
    level = len(code) - 2
    svg = svg_map.render(map_specs.participant_map(*_one(code, level)), "m", box=box)
    root = ET.fromstring(svg)
    assert not [r for r in root.iter(f"{SVG}rect") if r.get("class") == "pri-inset"]
    drawn = {p.get("data-nuts") for p in root.iter(f"{SVG}path")}
    assert not drawn & set(inset_boxes()), code
    assert code in drawn


def test_outermost_regions_with_mainland_ones_get_the_eu_view() -> None:
    frame = pd.concat([_one("PT20", 2)[0], _one("ES11", 2)[0].assign(id="q")])
    fig = map_specs.participant_map(frame, *_one("PT20", 2)[1:])
    assert fig.frame == eu_frame()
    root = ET.fromstring(svg_map.render(fig, "m"))
    assert len([r for r in root.iter(f"{SVG}rect") if r.get("class") == "pri-inset"]) == 8


def _one(code: str, level: int):
    row = pd.DataFrame(
        {
            "id": ["p"], "name_en": ["P"], "name_local": ["P"], "participant_type": ["region"],
            "country_code": [code[:2]], "nuts_code": [code], "nuts_level": [level],
            "lat": [None], "lon": [None], "confidence": ["confirmed"],
            "category_key": ["g1"], "category": ["G1"], "detail": ["d"], "groups_text": ["g"],
        }
    )  # fmt: skip
    return row, "network", ["g1"], {"g1": "G1"}, {}, "T", "S"
