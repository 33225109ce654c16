"""Map coordinates: NUTS geometry in ETRS89-LAEA (EPSG:3035), the projection Eurostat's maps use,
with the outermost regions moved into inset boxes beside the mainland.

Map coordinates are SVG user units: kilometres of EPSG:3035 with the y axis flipped
(``x = easting / 1000``, ``y = -northing / 1000``), so north is up in an SVG. An outermost region is
drawn in its own local Lambert azimuthal equal-area projection (EPSG:3035 centred 80 degrees away
would stretch Réunion by 1.7x), scaled to fit its inset box: a grid of two columns in the Atlantic
west of Ireland, inside the EU view. A country is drawn as its mainland only: its outermost
regions are drawn by their own units in their boxes, so a box may sit anywhere at sea.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import shapely
from shapely import affinity

EU_CRS = "EPSG:3035"
# The mainland EU in map units (EPSG:3035 km, y flipped), with a margin: Portugal to Cyprus,
# Crete to Lapland. Checked against the 1:10M file by tests/unit/geo/test_projection.py.
MAINLAND = (2580.0, -5360.0, 6570.0, -1330.0)  # minx, miny, maxx, maxy
INSET_GAP = 40.0
# The insets' grid (minx, miny, maxx, maxy): at sea between Iceland (its south coast at y -4765)
# and Galicia (-2560), west of Ireland (x 2941); at least 40 km from any land
# (tests/unit/figures/test_insets.py), so the mainland keeps the whole height of the view.
INSET_GRID = (2000.0, -4715.0, 2880.0, -2620.0)
INSET_COLUMNS = 2


class Inset(NamedTuple):
    code: str  # the NUTS 2 unit drawn in the box
    label: str  # its name as Eurostat's maps label it
    lat: float  # centre of the local projection
    lon: float


INSETS = (
    Inset("PT20", "Açores", 38.5, -28.0),
    Inset("PT30", "Madeira", 32.7, -16.9),
    Inset("ES70", "Canarias", 28.3, -15.8),
    Inset("FRY1", "Guadeloupe", 16.2, -61.5),
    Inset("FRY2", "Martinique", 14.65, -61.0),
    Inset("FRY3", "Guyane", 4.0, -53.0),
    Inset("FRY4", "La Réunion", -21.1, 55.5),
    Inset("FRY5", "Mayotte", -12.8, 45.15),
)


def inset_boxes() -> dict[str, tuple[float, float, float, float]]:
    """NUTS code -> (x, y, width, height) of its box: ``INSET_GRID`` in ``INSET_COLUMNS``
    columns, row by row in ``INSETS`` order, ``INSET_GAP`` apart."""
    minx, miny, maxx, maxy = INSET_GRID
    rows = -(-len(INSETS) // INSET_COLUMNS)
    width = (maxx - minx - INSET_GAP * (INSET_COLUMNS - 1)) / INSET_COLUMNS
    height = (maxy - miny - INSET_GAP * (rows - 1)) / rows
    return {
        inset.code: (
            minx + (i % INSET_COLUMNS) * (width + INSET_GAP),
            miny + (i // INSET_COLUMNS) * (height + INSET_GAP),
            width,
            height,
        )
        for i, inset in enumerate(INSETS)
    }


def eu_frame() -> tuple[float, float, float, float]:
    """(x, y, width, height) of the EU view: the mainland, and the insets' grid at sea on its
    west with half a gap of margin."""
    minx, miny, maxx, maxy = MAINLAND
    left = min(minx, INSET_GRID[0] - INSET_GAP / 2)
    return (left, miny, maxx - left, maxy - miny)


def _local_crs(inset: Inset) -> str:
    return f"+proj=laea +lat_0={inset.lat} +lon_0={inset.lon} +ellps=GRS80 +units=m +no_defs"


def _to_map(geoms: np.ndarray) -> np.ndarray:
    """Metres of a projected CRS -> map units (km, y flipped)."""
    return shapely.transform(geoms, lambda xy: xy * np.array([0.001, -0.001]))


@cache
def _inset_areas(scale: str) -> dict[str, object]:
    """NUTS code of each inset -> its outline (EPSG:4326), to split units that reach overseas."""
    from geo.nuts import load_nuts

    frame = load_nuts(scale)
    codes = [inset.code for inset in INSETS]
    rows = frame[frame["nuts_id"].isin(codes)]
    return dict(zip(rows["nuts_id"], rows.geometry, strict=True))


@cache
def _inset_transform(code: str, scale: str) -> tuple[float, float, float]:
    """(scale, dx, dy) putting the inset's unit, in map units of its local projection, in the
    middle of its box with a margin (the same for every unit and point drawn in it)."""
    inset = next(i for i in INSETS if i.code == code)
    area = gpd.GeoSeries([_inset_areas(scale)[code]], crs=4326).to_crs(_local_crs(inset))
    minx, miny, maxx, maxy = shapely.total_bounds(_to_map(area.values))
    bx, by, bw, bh = inset_boxes()[code]
    pad_top = 0.16 * bh  # room for the label
    factor = min(0.9 * bw / (maxx - minx), (bh - pad_top - 0.06 * bh) / (maxy - miny))
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    tx, ty = bx + bw / 2, by + pad_top + (bh - pad_top) / 2
    return float(factor), float(tx - cx * factor), float(ty - cy * factor)


def geometry_inset_placements(scale: str) -> dict[str, tuple[object, tuple[float, float, float]]]:
    """Inset region code -> (its outline, EPSG:4326; (factor, dx, dy) of its box), from the
    geometry: written to ``geo.lookup``'s file at build time."""
    areas = _inset_areas(scale)
    return {code: (area, _inset_transform(code, scale)) for code, area in areas.items()}


def _place_inset(geom, code: str, placement: tuple[float, float, float]):
    """One piece of geometry (EPSG:4326) inside the box of inset ``code``."""
    inset = next(i for i in INSETS if i.code == code)
    local = gpd.GeoSeries([geom], crs=4326).to_crs(_local_crs(inset))
    factor, dx, dy = placement
    moved = _to_map(local.values)[0]
    return affinity.affine_transform(moved, [factor, 0, 0, factor, dx, dy])


def map_geometries(frame: gpd.GeoDataFrame, scale: str = "10M") -> list:
    """Each unit of ``frame`` (EPSG:4326, with its NUTS ``level``) in map units: its mainland part
    in EPSG:3035, its parts in the outermost regions moved into their inset boxes. A country
    (level 0) keeps its mainland only: France's, Portugal's and Spain's outermost regions are
    drawn by their own units, and their boxes never stretch a country's outline or bounds."""
    areas = _inset_areas(scale)
    overseas = shapely.union_all(list(areas.values()))
    mainland = gpd.GeoSeries(
        [g.difference(overseas) if g.intersects(overseas) else g for g in frame.geometry],
        crs=4326,
    ).to_crs(EU_CRS)
    out = list(_to_map(mainland.values))
    countries = frame["level"].to_numpy() == 0
    for i, geom in enumerate(frame.geometry):
        if countries[i] and not out[i].is_empty:
            continue
        if not geom.intersects(overseas):
            continue
        pieces = [out[i]] if not out[i].is_empty else []
        for code, area in areas.items():
            part = geom.intersection(area)
            if not part.is_empty and part.area > 0:
                pieces.append(_place_inset(part, code, _inset_transform(code, scale)))
        out[i] = shapely.union_all(pieces) if pieces else out[i]
    return out


def map_point(lon: float, lat: float) -> tuple[float, float]:
    """A point (a city) in map units, moved into its inset box when it lies overseas. The
    insets' outlines and placements come from ``geo.lookup`` (the app holds no geometry)."""
    from geo.lookup import inset_placements

    point = shapely.Point(lon, lat)
    for code, (outline, placement) in inset_placements().items():
        if shapely.from_wkb(outline).buffer(0.05).contains(point):
            placed = _place_inset(point, code, placement)
            return placed.x, placed.y
    projected = gpd.GeoSeries([point], crs=4326).to_crs(EU_CRS).values
    moved = _to_map(projected)[0]
    return moved.x, moved.y
