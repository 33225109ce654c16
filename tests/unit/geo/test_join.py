"""join_participants: one geometry per participant, cities as points, keys checked first."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo.join import join_participants
from geo.nuts import load_nuts, nuts3_polygons
from pri_data.load import load_participants


@pytest.fixture
def nuts() -> gpd.GeoDataFrame:
    """Four nested boxes: country AA, NUTS 1 AA1, NUTS 2 AA11, NUTS 3 AA111."""
    return gpd.GeoDataFrame(
        {"nuts_id": ["AA", "AA1", "AA11", "AA111"], "level": [0, 1, 2, 3]},
        geometry=[
            shapely.box(0, 0, 10, 10),
            shapely.box(0, 0, 5, 10),
            shapely.box(0, 0, 5, 5),
            shapely.box(0, 0, 2, 2),
        ],
        crs="EPSG:4326",
    )


@pytest.fixture
def tiny() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["aa-state", "aa-region", "aa-city"],
            "participant_type": ["member_state", "region", "city"],
            "nuts_code": ["AA", "AA11", "AA111"],
            "lat": [None, None, 1.5],
            "lon": [None, None, 0.5],
        }
    )


def test_tiny_join(tiny: pd.DataFrame, nuts: gpd.GeoDataFrame) -> None:
    out = join_participants(tiny, nuts)
    assert out.crs == nuts.crs
    assert list(out["geometry_kind"]) == ["polygon", "polygon", "point"]
    assert out.geometry.iloc[0].equals(shapely.box(0, 0, 10, 10))
    assert out.geometry.iloc[1].equals(shapely.box(0, 0, 5, 5))
    assert out.geometry.iloc[2].equals(shapely.Point(0.5, 1.5))
    assert list(out["nuts3_id"]) == ["", "", "AA111"]
    pd.testing.assert_frame_equal(pd.DataFrame(out[tiny.columns]), tiny)


def test_unknown_code_raises_naming_it(tiny: pd.DataFrame, nuts: gpd.GeoDataFrame) -> None:
    tiny.loc[1, "nuts_code"] = "ZZ9"
    with pytest.raises(ValueError, match=r"aa-region \(ZZ9\)"):
        join_participants(tiny, nuts)


def test_wrong_crs_raises(tiny: pd.DataFrame, nuts: gpd.GeoDataFrame) -> None:
    with pytest.raises(ValueError, match="EPSG:4326"):
        join_participants(tiny, nuts.set_crs("EPSG:3035", allow_override=True))


def test_missing_column_raises(tiny: pd.DataFrame, nuts: gpd.GeoDataFrame) -> None:
    with pytest.raises(ValueError, match="lon"):
        join_participants(tiny.drop(columns="lon"), nuts)


@pytest.mark.parametrize("scale", ["10M", "03M"])
def test_every_participant_joins_to_one_geometry(scale: str) -> None:
    participants = load_participants()
    out = join_participants(participants, load_nuts(scale))
    assert len(out) == len(participants)
    assert out["id"].is_unique
    assert out.geometry.notna().all()
    assert not out.geometry.is_empty.any()
    assert out.geometry.is_valid.all()
    cities = out[out["participant_type"] == "city"]
    assert (cities.geom_type == "Point").all()
    assert (out.loc[out["participant_type"] != "city"].geom_type != "Point").all()


def test_cities_lie_inside_their_nuts3_polygon() -> None:
    out = join_participants(load_participants(), load_nuts("03M"))
    cities = out[out["participant_type"] == "city"]
    assert len(cities) == 8
    polygons = nuts3_polygons("03M")
    for city in cities.itertuples():
        assert polygons[city.nuts3_id].covers(city.geometry), city.id
