"""A display frame of two invented participants in Belgium (a region and a city), for the map
builder's tests: what ``pri_data.display_frames.display_frame`` hands ``figures.map_specs``."""

from __future__ import annotations

import pandas as pd


def belgium_frame(region_name: str = "Region One") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["p1", "c1"],
            "name_en": [region_name, "Leuven"],
            "name_local": ["Région Un", "Leuven"],
            "participant_type": ["region", "city"],
            "country_code": ["BE", "BE"],
            "nuts_code": ["BE10", "BE242"],
            "nuts_level": [2, 3],
            "lat": [50.85, 50.88],
            "lon": [4.35, 4.70],
            "confidence": ["confirmed", "likely"],
            "category_key": ["g1", "g1"],
            "category": ["G1", "G1"],
            "detail": ["Region · Belgium · confirmed", "City · Belgium · likely"],
            "groups_text": ["Groups: G1", "Groups: G1"],
        }
    )
