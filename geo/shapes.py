"""Light GeoJSON for web maps: simplified, rounded geometry, so a map ships kilobytes.

Two detail levels, chosen by the zoom a map is drawn at:
- ``EU``: EU-wide maps (zoom ~2.5, about 0.2 degrees per pixel; the outermost-region focus, ~0.03):
  3 km tolerance and 0.01-degree coordinates are invisible there and cut the bytes per map by half.
- ``FINE``: a map zoomed to one region (locator, up to zoom ~9).
"""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

import geopandas as gpd
import shapely

from geo.nuts import load_nuts


class Detail(NamedTuple):
    tolerance: float  # degrees, for shapely.simplify
    decimals: int  # digits kept in each coordinate


EU = Detail(0.03, 2)
FINE = Detail(0.002, 3)


def to_geojson(frame: gpd.GeoDataFrame, detail: Detail = EU) -> dict:
    """FeatureCollection with ``id`` = nuts_id, simplified and rounded for the browser."""
    geoms = shapely.simplify(frame.geometry.values, detail.tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 10**-detail.decimals)
    features = [
        {
            "type": "Feature",
            "id": nid,
            "properties": {},
            "geometry": json.loads(shapely.to_geojson(g)),
        }
        for nid, g in zip(frame["nuts_id"], geoms, strict=True)
        if not g.is_empty
    ]
    return {"type": "FeatureCollection", "features": features}


@cache
def level_geojson(level: int, detail: Detail = EU) -> dict:
    """All EU-27 units of one NUTS level as light GeoJSON (cached: shared, read-only)."""
    frame = load_nuts()
    return to_geojson(frame[frame["level"] == level], detail)


@cache
def units_geojson(nuts_ids: tuple[str, ...], detail: Detail = EU) -> dict:
    """Only the named units (any level): a trace sends just the features it draws."""
    frame = load_nuts()
    return to_geojson(frame[frame["nuts_id"].isin(nuts_ids)], detail)
