"""The countries outside the EU (geo/data/neighbours.parquet, static/map/neighbours.json): the
expected neighbours are there, no EU country and no participant is, coordinates are EPSG:3035
inside the clip area, Crimea is Ukraine's, and a build on small inputs is deterministic and
leaves no gap along a border."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo.neighbours import CLIP, NUTS_NEIGHBOURS, build_neighbours, in_frame, load_neighbours
from geo.nuts import EU27, load_nuts
from geo.projection import eu_frame
from geo.shapes import NEIGHBOURS_ID, static_file

EXPECTED = {
    *NUTS_NEIGHBOURS,  # from GISCO: NO, CH, IS, UK, the Western Balkans' candidates, TR, LI
    "BA", "XK", "UA", "BY", "MD", "RU", "MA", "DZ", "TN", "LY", "AD", "SM", "GE",
}  # fmt: skip


def _lonlat(lon: float, lat: float) -> shapely.Point:
    return gpd.GeoSeries([shapely.Point(lon, lat)], crs=4326).to_crs(3035).iloc[0]


def test_the_neighbours_are_there_and_no_eu_country() -> None:
    frame = load_neighbours()
    codes = set(frame["code"])
    assert codes >= EXPECTED
    assert not codes & {*EU27, "GR", "AX"}
    assert frame["code"].is_unique


def test_never_a_participant_or_an_eu_unit(data_dir) -> None:
    participants = pd.read_csv(data_dir / "participants.csv", dtype=str)
    taken = {*participants["id"], *participants["nuts_code"], *load_nuts()["nuts_id"]}
    assert not ({*load_neighbours()["code"], NEIGHBOURS_ID} & taken)


def test_coordinates_are_epsg_3035_within_the_clip_area() -> None:
    frame = load_neighbours()
    assert frame.crs.to_epsg() == 3035
    minx, miny, maxx, maxy = CLIP
    bx0, by0, bx1, by1 = frame.total_bounds
    assert bx0 >= minx * 1000 and bx1 <= maxx * 1000
    assert by0 >= -maxy * 1000 and by1 <= -miny * 1000
    by_code = dict(zip(frame["code"], frame.geometry, strict=True))
    assert by_code["NO"].contains(_lonlat(10.75, 59.91))  # Oslo
    assert by_code["UA"].contains(_lonlat(30.52, 50.45))  # Kyiv
    assert by_code["UA"].contains(_lonlat(34.10, 44.95))  # Simferopol: Crimea is Ukraine's
    assert not by_code["RU"].contains(_lonlat(34.10, 44.95))


def test_the_browser_file_is_one_path_in_map_units_inside_the_clip_area() -> None:
    paths = json.loads(static_file("n").read_text(encoding="utf-8"))
    assert list(paths) == [NEIGHBOURS_ID]
    minx, miny, maxx, maxy = CLIP
    for ring in re.findall(r"M([^l]+)l([^z]*)z", paths[NEIGHBOURS_ID]):
        x, y = map(float, ring[0].split())
        assert minx - 1 <= x <= maxx + 1 and miny - 1 <= y <= maxy + 1


def test_in_frame() -> None:
    assert in_frame(eu_frame())
    assert not in_frame((3900.0, -3200.0, 200.0, 200.0))  # around Brussels and Leuven
    assert in_frame((4100.0, -2800.0, 800.0, 700.0))  # Bavaria to Switzerland


def _tiny_inputs() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """GISCO: Austria-like 'AT' and a Swiss-like 'CH'; Natural Earth: Ukraine (id 804), Russia
    (643) and its own 'AT' (040) reaching 0.05° further east than GISCO's, over the gap."""
    level0 = gpd.GeoDataFrame(
        {"NUTS_ID": ["AT", "CH"], "NAME_LATN": ["Österreich", "Schweiz"]},
        geometry=[shapely.box(20, 48, 22, 50), shapely.box(18, 48, 20, 50)],
        crs=4326,
    )
    world = gpd.GeoDataFrame(
        {"code": ["AT", "UA", "RU"], "name": ["Austria", "Ukraine", "Russia"]},
        geometry=[
            shapely.box(20, 48, 22.05, 50),
            shapely.box(22.1, 48, 24, 50),
            shapely.box(24, 48, 26, 50),
        ],
        crs=4326,
    )
    return level0, world


def test_build_is_deterministic_and_closes_gaps() -> None:
    level0, world = _tiny_inputs()
    first = build_neighbours(level0, world)
    second = build_neighbours(level0, world)
    assert list(first["code"]) == ["CH", "RU", "UA"]  # the EU's 'AT' from neither source
    assert first.crs.to_epsg() == 3035
    assert shapely.to_wkb(first.geometry.values).tolist() == shapely.to_wkb(
        second.geometry.values
    ).tolist()
    ukraine = first.set_index("code").geometry["UA"]
    assert ukraine.contains(_lonlat(22.03, 49.0))  # the gap between the two sources' borders
    assert ukraine.contains(_lonlat(21.99, 49.0))  # and a little under the EU's own edge
    assert not ukraine.contains(_lonlat(21.5, 49.0))


@pytest.mark.parametrize("code", ["UA", "RU"])
def test_build_keeps_neighbours_apart(code: str) -> None:
    built = build_neighbours(*_tiny_inputs()).set_index("code").geometry
    other = built["RU" if code == "UA" else "UA"]
    assert built[code].intersection(other).area < 1e6  # m²: borders touch, no overlap


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda f: f.to_crs(4326), "geometry"),
        (lambda f: f.assign(code=f["code"].replace({"CH": "AT"})), "code"),
    ],
    ids=["not EPSG:3035", "an EU country"],
)
def test_a_broken_file_is_a_problem_naming_it(tmp_path, change, field: str) -> None:
    from geo.neighbours import read_neighbours
    from pri_data.errors import DataValidationError

    path = tmp_path / "neighbours.parquet"
    change(load_neighbours()).to_parquet(path)
    with pytest.raises(DataValidationError) as caught:
        read_neighbours(path)
    assert [(p.file, p.field) for p in caught.value.problems] == [("neighbours.parquet", field)]
