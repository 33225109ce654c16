"""Attach participants to NUTS 2021 geometry: regions and Member States as their NUTS polygon,
cities as points (with the NUTS 3 unit that contains them). Keys are checked before any work."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely

NEEDED = ("id", "participant_type", "nuts_code", "lat", "lon")


def _basic_checks(participants: pd.DataFrame, nuts: gpd.GeoDataFrame) -> None:
    """Fail early, naming every participant whose NUTS code has no geometry."""
    missing = [c for c in NEEDED if c not in participants]
    if missing:
        raise ValueError(f"participants lack column(s) {missing}")
    if nuts.crs is None or nuts.crs.to_epsg() != 4326:
        raise ValueError(f"NUTS geometry must be EPSG:4326, got {nuts.crs}")
    known = set(nuts["nuts_id"])
    unknown = participants.loc[~participants["nuts_code"].isin(known), ["id", "nuts_code"]]
    if len(unknown):
        pairs = ", ".join(f"{i} ({c})" for i, c in unknown.itertuples(index=False))
        raise ValueError(f"no NUTS 2021 geometry for: {pairs}")


def join_participants(participants: pd.DataFrame, nuts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per participant with its geometry: polygon for regions/Member States, point for
    cities; ``nuts3_id`` is the containing NUTS 3 unit for cities (empty otherwise)."""
    _basic_checks(participants, nuts)
    polygons = nuts.set_index("nuts_id").geometry
    is_city = participants["participant_type"].eq("city").to_numpy()
    points = shapely.points(
        participants["lon"].to_numpy(float), participants["lat"].to_numpy(float)
    )
    shapes = polygons.reindex(participants["nuts_code"]).to_numpy()
    geometry = [p if city else s for p, s, city in zip(points, shapes, is_city, strict=True)]
    out = gpd.GeoDataFrame(participants.copy(), geometry=geometry, crs=nuts.crs)
    out["geometry_kind"] = ["point" if c else "polygon" for c in is_city]
    out["nuts3_id"] = participants["nuts_code"].where(is_city, "")
    return out
