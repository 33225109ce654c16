"""Light GeoJSON for web maps: simplified, rounded geometry, so a map ships kilobytes."""

from __future__ import annotations

import json
from functools import cache

import geopandas as gpd
import shapely

from geo.nuts import load_nuts

MAP_TOLERANCE = 0.01  # degrees (~1 km): invisible at EU scale, and on a zoomed outermost region
MAP_DECIMALS = 3


def to_geojson(frame: gpd.GeoDataFrame, tolerance: float = MAP_TOLERANCE) -> dict:
    """FeatureCollection with ``id`` = nuts_id, simplified and rounded for the browser."""
    geoms = shapely.simplify(frame.geometry.values, tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 10**-MAP_DECIMALS)
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
def level_geojson(level: int) -> dict:
    """All EU-27 units of one NUTS level as light GeoJSON (cached: shared, read-only)."""
    frame = load_nuts()
    return to_geojson(frame[frame["level"] == level])


@cache
def units_geojson(nuts_ids: tuple[str, ...]) -> dict:
    """Only the named units (any level): a view sends just the features it draws."""
    frame = load_nuts()
    return to_geojson(frame[frame["nuts_id"].isin(nuts_ids)])
