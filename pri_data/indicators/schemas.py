"""Data contracts (pandera) for the indicator files: the table, its catalogue, the rows left out."""

from __future__ import annotations

import pandera.pandas as pa

from pri_data.indicators.specs import CREDIT, DIRECTIONS, EU_AGGREGATES, LICENCE
from pri_data.schemas import NUTS_ID, URL_LIST_PATTERN

NUTS_OR_EU = f"^({NUTS_ID}|{'|'.join(EU_AGGREGATES)})$"
YEARS = {"min_value": 1990, "max_value": 2100}


def _level_matches(frame) -> object:
    """NUTS level = code length - 2; EU aggregates have no level."""
    is_eu = frame["nuts_id"].isin(EU_AGGREGATES)
    expected = frame["nuts_id"].str.len() - 2
    return (is_eu & frame["level"].isna()) | (~is_eu & frame["level"].eq(expected).fillna(False))


def indicators_schema(indicator_ids: list[str]) -> pa.DataFrameSchema:
    """Contract for indicators.parquet, given the ids in the catalogue."""
    return pa.DataFrameSchema(
        {
            "nuts_id": pa.Column(str, pa.Check.str_matches(NUTS_OR_EU)),
            "source_nuts_id": pa.Column(str, pa.Check.str_matches(r"^[A-Z]{2}[0-9A-Z_]{0,8}$")),
            "level": pa.Column("Int8", pa.Check.isin([0, 1, 2, 3]), nullable=True),
            "indicator_id": pa.Column(str, pa.Check.isin(indicator_ids)),
            "year": pa.Column("int16", pa.Check.in_range(**YEARS)),
            "value": pa.Column(float, nullable=False),
            "flag": pa.Column(str, pa.Check.str_matches(r"^[a-z]*$")),
            "source_url": pa.Column(str, pa.Check.str_matches(URL_LIST_PATTERN)),
        },
        checks=[pa.Check(_level_matches, name="level_matches_code")],
        unique=["indicator_id", "nuts_id", "year"],
        strict=True,
        ordered=True,
        name="indicators.parquet",
    )


def catalog_schema() -> pa.DataFrameSchema:
    """Contract for indicator_catalog.csv (read as text, then coerced)."""
    text = pa.Check.str_length(min_value=1)
    return pa.DataFrameSchema(
        {
            "indicator_id": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9_]+$"), unique=True),
            "label": pa.Column(str, text),
            "unit": pa.Column(str, text),
            "dataset_code": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9_]+$")),
            "direction": pa.Column(str, pa.Check.isin(list(DIRECTIONS))),
            "flags_recorded": pa.Column(str, pa.Check.isin(["true", "false"])),
            "source_url": pa.Column(str, pa.Check.str_matches(URL_LIST_PATTERN)),
            "extracted": pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}(-\d{2})?$")),
            "first_year": pa.Column("Int64", pa.Check.in_range(**YEARS), coerce=True),
            "last_year": pa.Column("Int64", pa.Check.in_range(**YEARS), coerce=True),
            "licence": pa.Column(str, pa.Check.isin([LICENCE])),
            "credit": pa.Column(str, pa.Check.isin([CREDIT])),
        },
        checks=[pa.Check(lambda d: d["first_year"] <= d["last_year"], name="years_in_order")],
        strict=True,
        ordered=True,
        name="indicator_catalog.csv",
    )


def left_out_schema() -> pa.DataFrameSchema:
    """Contract for indicators_left_out.csv: every source row not kept, with its reason."""
    return pa.DataFrameSchema(
        {
            "indicator_id": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9_]+$")),
            "source_nuts_id": pa.Column(str),
            "region_name": pa.Column(str, nullable=True),
            "year": pa.Column("Int64", pa.Check.in_range(**YEARS), coerce=True),
            "value": pa.Column(float, nullable=True, coerce=True),
            "flag": pa.Column(str, nullable=True),
            "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        strict=True,
        ordered=True,
        name="indicators_left_out.csv",
    )
