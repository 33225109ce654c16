"""The profile locator frames its participant with enough around it to see where it is: a small
region or a city with its country and neighbours, a large one with room on every side, an
outermost region by its whole inset box (label and sea) and no sliver of the next box."""

from __future__ import annotations

import pandas as pd
import pytest
import shapely

from figures import map_specs
from geo.lookup import level_bounds
from geo.projection import inset_boxes
from pri_data.i18n import translator_for
from tests.unit.figures.test_map_legend import _countries

SMALL = [("BE10", 2), ("AT13", 2), ("BE242", 3)]  # Bruxelles, Wien, Leuven (a city's unit)
LARGE = [("HU", 0), ("SE332", 3), ("FI1D7", 3)]  # a Member State, Norrbotten, Lappi


def _locator(code: str, level: int, kind: str = "region", lonlat=(None, None)):
    lon, lat = lonlat
    row = pd.DataFrame(
        {
            "id": ["p"], "name_en": ["P"], "name_local": ["P"], "participant_type": [kind],
            "country_code": [code[:2]], "nuts_code": [code], "nuts_level": [level],
            "lat": [lat], "lon": [lon], "confidence": ["confirmed"],
            "category_key": ["confirmed"], "category": ["Confirmed"], "detail": ["d"],
            "groups_text": ["g"],
        }
    )  # fmt: skip
    return map_specs.locator_map(row, {}, "T", "S", translator_for("en"))


@pytest.mark.parametrize(("code", "level"), SMALL + LARGE)
def test_a_mainland_participant_is_framed_with_its_surroundings(code: str, level: int) -> None:
    fig = _locator(code, level)
    x, y, w, h = fig.frame
    minx, miny, maxx, maxy = level_bounds(level)[code]
    assert w >= 600 and h >= 600  # km: a coast, a border, the neighbours
    assert maxx - minx <= 0.5 * w and maxy - miny <= 0.5 * h
    margins = (minx - x, x + w - maxx), (miny - y, y + h - maxy)
    assert min(margins[0]) >= 0.25 * w and min(margins[1]) >= 0.25 * h
    box = shapely.box(x, y, x + w, y + h)
    countries = [c for c, shape in _countries().items() if shape.intersects(box)]
    assert len(countries) >= 2, countries  # its own and a neighbour's border


def test_a_city_is_framed_like_a_small_region() -> None:
    city = _locator("BE242", 3, "city", (4.70093, 50.87959))
    assert city.frame == _locator("BE242", 3).frame


@pytest.mark.parametrize("code", ["FRY4", "ES70"])  # La Réunion, Canarias
def test_an_outermost_region_is_framed_by_its_inset_box(code: str) -> None:
    x, y, w, h = _locator(code, 2).frame
    frame = shapely.box(x, y, x + w, y + h)
    for other, (bx, by, bw, bh) in inset_boxes().items():
        box = shapely.box(bx, by, bx + bw, by + bh)
        if other == code:
            assert frame.contains(box)
            assert frame.area <= 1.3 * box.area
        else:
            assert not frame.intersects(box), other
