"""Data contracts (pandera) for the participant files.

Schemas are built by factories because some rules depend on other tables: the NUTS 2021 codes
(from ``geo``), the polygons that must contain each city, and the ids a membership may point to.
Cross-column rules are DataFrame-level checks; ``CHECK_FIELDS`` names the field each one is about,
so a failure can be reported against the right column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import pandera.pandas as pa
import shapely

from pri_data.i18n import N_

PARTICIPANT_TYPES = ("region", "city", "member_state")
CONFIDENCE = ("confirmed", "likely")
GROUP_KINDS = ("network", "consortium")
NUTS_ID = r"[A-Z]{2}[0-9A-Z]{0,3}"  # NUTS 0-3 code, unanchored (the indicator files add EU codes)
NUTS_ID_PATTERN = f"^{NUTS_ID}$"
URL_PATTERN = r"^https?://\S+$"
URL_LIST_PATTERN = r"^https?://\S+( \| https?://\S+)*$"  # several URLs, " | " between them

# DataFrame-level check name -> the field a failure is reported against.
CHECK_FIELDS = {
    "nuts_code_at_level": "nuts_code",
    "nuts_code_country": "country_code",
    "nuts_level_matches_code": "nuts_level",
    "level_fits_type": "nuts_level",
    "city_has_coordinates": "lat",
    "city_has_geonames_id": "geonames_id",
    "city_inside_nuts3": "lat",
}

# Frame-wide check -> the columns it reads (a row with a mistyped cell in one of them skips it).
CHECK_COLUMNS = {
    "nuts_code_at_level": {"nuts_code", "nuts_level"},
    "nuts_code_country": {"nuts_code", "country_code"},
    "nuts_level_matches_code": {"nuts_code", "nuts_level"},
    "level_fits_type": {"nuts_level", "participant_type"},
    "city_has_coordinates": {"participant_type", "lat", "lon"},
    "city_has_geonames_id": {"participant_type", "geonames_id"},
    "city_inside_nuts3": {"participant_type", "nuts_code", "lat", "lon"},
    "years_in_order": {"first_year", "last_year"},
    "level_matches_code": {"nuts_id", "level"},
}
ANNOUNCED_KEYS = ("regions", "cities", "member_states", "member_states_represented", "networks")

ERRORS = {
    "nuts_code_at_level": N_("is not a NUTS 2021 code at the stated nuts_level"),
    "nuts_code_country": N_("does not match the country of nuts_code"),
    "nuts_level_matches_code": N_("does not match the length of nuts_code"),
    "level_fits_type": N_("does not fit participant_type (member_state: 0; city: 3; region: 1-3)"),
    "city_has_coordinates": N_("a city needs lat and lon"),
    "city_has_geonames_id": N_("a city needs its GeoNames id"),
    "unknown group id": N_("is not the id of a group in groups.csv"),
    "unknown participant id": N_("is not the id of a participant in participants.csv"),
    "city_inside_nuts3": N_("the city's coordinates fall outside its NUTS 3 polygon"),
}


def _wide(fn: Callable[[pd.DataFrame], pd.Series], name: str) -> pa.Check:
    return pa.Check(fn, name=name)


def _code_level(code: object) -> int:
    """NUTS codes are hierarchical: 2 characters for level 0, one more per level."""
    return len(str(code)) - 2


def _country_of(code: object) -> str:
    return str(code)[:2]


def _cities_inside(df: pd.DataFrame, polygons: Mapping[str, object]) -> pd.Series:
    is_city = df["participant_type"] == "city"
    ok = pd.Series(True, index=df.index)
    for idx in df.index[is_city]:
        poly = polygons.get(df.at[idx, "nuts_code"])
        lat, lon = df.at[idx, "lat"], df.at[idx, "lon"]
        if poly is None or pd.isna(lat) or pd.isna(lon):
            continue  # reported by the code and coordinate checks
        ok[idx] = bool(shapely.covers(poly, shapely.Point(float(lon), float(lat))))
    return ok


def participants_schema(
    nuts_levels: Mapping[str, int], nuts3_polygons: Mapping[str, object] | None
) -> pa.DataFrameSchema:
    """Contract for participants.csv, given the NUTS 2021 codes and the NUTS 3 polygons (None:
    cities are not checked against polygons)."""
    text = {"nullable": False, "checks": pa.Check.str_length(min_value=1)}
    is_city = lambda d: d["participant_type"] == "city"  # noqa: E731
    return pa.DataFrameSchema(
        {
            "id": pa.Column(str, pa.Check.str_matches(r"^[a-z]{2}-[a-z0-9-]+$"), unique=True),
            "name_en": pa.Column(str, **text),
            "name_local": pa.Column(str, **text),
            "participant_type": pa.Column(str, pa.Check.isin(PARTICIPANT_TYPES)),
            "country_code": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{2}$")),
            "nuts_code": pa.Column(str, pa.Check.str_matches(NUTS_ID_PATTERN)),
            "nuts_level": pa.Column("Int8", pa.Check.isin([0, 1, 2, 3]), coerce=True),
            "lat": pa.Column(float, pa.Check.in_range(27.0, 72.0), nullable=True, coerce=True),
            "lon": pa.Column(float, pa.Check.in_range(-32.0, 35.0), nullable=True, coerce=True),
            "geonames_id": pa.Column("Int64", pa.Check.gt(0), nullable=True, coerce=True),
            "confidence": pa.Column(str, pa.Check.isin(CONFIDENCE)),
            "source_urls": pa.Column(str, pa.Check.str_matches(URL_LIST_PATTERN)),
            "evidence": pa.Column(str, **text),
        },
        checks=[
            _wide(
                lambda d: d.nuts_code.map(nuts_levels).eq(d.nuts_level).fillna(False),
                "nuts_code_at_level",
            ),
            _wide(lambda d: d.nuts_code.map(_country_of) == d.country_code, "nuts_code_country"),
            _wide(
                lambda d: d.nuts_code.map(_code_level) == d.nuts_level, "nuts_level_matches_code"
            ),
            _wide(
                lambda d: (
                    d.nuts_level.isin([0]).eq(d.participant_type == "member_state")
                    & (~is_city(d) | (d.nuts_level == 3))
                ),
                "level_fits_type",
            ),
            _wide(
                lambda d: ~is_city(d) | d[["lat", "lon"]].notna().all(axis=1),
                "city_has_coordinates",
            ),
            _wide(lambda d: ~is_city(d) | d["geonames_id"].notna(), "city_has_geonames_id"),
            *(
                [_wide(lambda d: _cities_inside(d, nuts3_polygons), "city_inside_nuts3")]
                if nuts3_polygons is not None
                else []
            ),
        ],
        strict=True,
        ordered=True,
        name="participants.csv",
    )


def groups_schema() -> pa.DataFrameSchema:
    """Contract for groups.csv (networks and consortia)."""
    return pa.DataFrameSchema(
        {
            "id": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9-]+$"), unique=True),
            "name": pa.Column(str, pa.Check.str_length(min_value=1)),
            "kind": pa.Column(str, pa.Check.isin(GROUP_KINDS)),
            "confidence": pa.Column(str, pa.Check.isin(CONFIDENCE)),
            "source_url": pa.Column(str, pa.Check.str_matches(URL_PATTERN)),
            "description": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        strict=True,
        ordered=True,
        name="groups.csv",
    )


def memberships_schema(participant_ids: set[str], group_ids: set[str]) -> pa.DataFrameSchema:
    """Contract for memberships.csv: every row points to an existing participant and group."""
    return pa.DataFrameSchema(
        {
            "group_id": pa.Column(str, pa.Check.isin(sorted(group_ids), error="unknown group id")),
            "participant_id": pa.Column(
                str, pa.Check.isin(sorted(participant_ids), error="unknown participant id")
            ),
            "confidence": pa.Column(str, pa.Check.isin(CONFIDENCE)),
            "source_url": pa.Column(str, pa.Check.str_matches(URL_PATTERN)),
            "evidence": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        unique=["group_id", "participant_id"],
        strict=True,
        ordered=True,
        name="memberships.csv",
    )


def announced_schema() -> pa.DataFrameSchema:
    """Contract for announced.csv: the totals of the 17 May 2022 release."""
    return pa.DataFrameSchema(
        {
            "key": pa.Column(str, pa.Check.isin(ANNOUNCED_KEYS), unique=True),
            "value": pa.Column("Int64", pa.Check.ge(0), coerce=True),
            "label": pa.Column(str),
            "source_url": pa.Column(str, pa.Check.str_matches(URL_PATTERN)),
            "source_date": pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")),
            "source_quote": pa.Column(str),
        },
        strict=True,
        name="announced.csv",
    )
