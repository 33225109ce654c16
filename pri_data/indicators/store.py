"""Regional indicators (Eurostat): loaders, validated at the door, and the basic look-ups.

Files (``pri_data/data``, built by ``indicators.build`` or ``indicators.refresh``):
``indicators.parquet`` (tidy, NUTS 2021 codes plus EU aggregates), ``indicator_catalog.csv`` and
``indicators_left_out.csv``. Each is validated with its pandera contract on first read (problems
name row and field) and cached per file version; callers get a copy. Nothing here estimates.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from pri_data.indicators import schemas
from pri_data.indicators.specs import EU_AGGREGATES
from pri_data.indicators.tidy import FILES
from pri_data.load import validate
from pri_data.read import read_csv_text, read_parquet
from pri_data.sources import data_dir

VALUE_COLUMNS = ["nuts_id", "value", "year", "flag"]


def _stamp(file: str) -> tuple[str, int]:
    path = data_dir() / file
    return str(path), path.stat().st_mtime_ns if path.exists() else -1  # missing: read reports


@cache
def _catalog(path: str, _mtime: int) -> pd.DataFrame:
    schema = schemas.catalog_schema()
    frame = validate(read_csv_text(Path(path)), schema, FILES["catalog"])
    return frame.assign(flags_recorded=frame["flags_recorded"].eq("true"))


@cache
def _indicators(path: str, _mtime: int, ids: tuple[str, ...]) -> pd.DataFrame:
    frame = read_parquet(Path(path))
    # Rows are numbered from 1 in problems: load.validate reports index + 2 as the "line".
    frame.index = pd.RangeIndex(-1, len(frame) - 1)
    schema = schemas.indicators_schema(list(ids))
    return validate(frame, schema, FILES["indicators"]).reset_index(drop=True)


@cache
def _left_out(path: str, _mtime: int) -> pd.DataFrame:
    frame = read_csv_text(Path(path))  # the build always leaves some rows out (Extra-Regio)
    return validate(frame, schemas.left_out_schema(), FILES["left_out"])


def load_indicator_catalog() -> pd.DataFrame:
    """One row per indicator: id, label, unit, dataset, direction, source, years, licence."""
    return _catalog(*_stamp(FILES["catalog"])).copy()


def load_indicators() -> pd.DataFrame:
    """Every figure: nuts_id (NUTS 2021 or EU aggregate), source_nuts_id, level, indicator_id,
    year, value, flag (Eurostat flag letters, "" if none), source_url."""
    ids = tuple(load_indicator_catalog()["indicator_id"])
    return _indicators(*_stamp(FILES["indicators"]), ids).copy()


def load_left_out() -> pd.DataFrame:
    """Source rows not shown, each with the reason (changed territory, Extra-Regio...)."""
    return _left_out(*_stamp(FILES["left_out"])).copy()


def indicator_info(indicator_id: str) -> pd.Series:
    """The catalogue row of one indicator; an unknown id raises a ValueError naming the known."""
    catalog = load_indicator_catalog().set_index("indicator_id", drop=False)
    if indicator_id not in catalog.index:
        known = ", ".join(catalog.index)
        raise ValueError(f"unknown indicator {indicator_id!r}; known: {known}")
    return catalog.loc[indicator_id]


@cache
def _by_indicator(path: str, mtime: int, ids: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The validated table split once per indicator (look-ups no longer copy all 26k rows)."""
    frame = _indicators(path, mtime, ids)
    return {key: rows for key, rows in frame.groupby("indicator_id", sort=False)}


def _rows(indicator_id: str) -> pd.DataFrame:
    """The rows of one indicator (shared and read-only: callers filter, which copies)."""
    indicator_info(indicator_id)
    ids = tuple(load_indicator_catalog()["indicator_id"])
    split = _by_indicator(*_stamp(FILES["indicators"]), ids)
    return split.get(indicator_id, _indicators(*_stamp(FILES["indicators"]), ids).iloc[:0])


def _regional(indicator_id: str) -> pd.DataFrame:
    rows = _rows(indicator_id)
    return rows[~rows["nuts_id"].isin(EU_AGGREGATES)]


def available_years(indicator_id: str) -> list[int]:
    """Years with at least one regional or national figure, ascending."""
    return sorted(int(y) for y in _regional(indicator_id)["year"].unique())


def _pick(rows: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """The figure of ``year`` per unit, or with ``year=None`` each unit's latest figure."""
    if year is not None:
        rows = rows[rows["year"] == year]
    latest = rows.sort_values(["nuts_id", "year"]).drop_duplicates("nuts_id", keep="last")
    out = latest.loc[:, VALUE_COLUMNS].astype({"year": "int64"})
    return out.sort_values("nuts_id", ignore_index=True)


def values_at_all_levels(indicator_id: str, year: int | None) -> pd.DataFrame:
    """nuts_id, value, year, flag for units of every NUTS level (no EU aggregates)."""
    return _pick(_regional(indicator_id), year)


def region_values(indicator_id: str, year: int | None, level: int = 2) -> pd.DataFrame:
    """nuts_id, value, year, flag of units at ``level``; ``year=None``: each unit's latest year."""
    if level not in (0, 1, 2, 3):
        raise ValueError(f"NUTS level must be 0-3, not {level!r}")
    rows = _regional(indicator_id)
    return _pick(rows[rows["level"] == level], year)


def eu_value(indicator_id: str, year: int | None) -> tuple[float, int, str] | None:
    """(value, year, aggregate code) of the EU figure as published (EU27_2020 before EU28);
    ``year=None``: the latest. None when the source gives no EU figure."""
    rows = _rows(indicator_id)
    for code in EU_AGGREGATES:
        eu = rows[rows["nuts_id"] == code]
        if year is not None:
            eu = eu[eu["year"] == year]
        if not eu.empty:
            last = eu.sort_values("year").iloc[-1]
            return float(last["value"]), int(last["year"]), code
    return None


def country_values(indicator_id: str, year: int | None) -> pd.Series:
    """National (NUTS 0) figures indexed by country code; ``year=None``: each one's latest."""
    values = region_values(indicator_id, year, level=0)
    return pd.Series(
        values["value"].to_numpy(), index=pd.Index(values["nuts_id"], name="country_code"),
        name=indicator_id,
    )  # fmt: skip


def time_series(indicator_id: str, nuts_id: str) -> pd.DataFrame:
    """year, value, flag of one unit (or EU aggregate), ascending years; empty if none."""
    rows = _rows(indicator_id)
    rows = rows[rows["nuts_id"] == nuts_id].sort_values("year")
    return rows.loc[:, ["year", "value", "flag"]].astype({"year": "int64"}).reset_index(drop=True)


def left_out_summary() -> pd.DataFrame:
    """Rows left out, counted by indicator and reason: indicator_id, label, reason, rows, codes."""
    left = load_left_out()
    labels = load_indicator_catalog().set_index("indicator_id")["label"]
    summary = (
        left.groupby(["indicator_id", "reason"], sort=True)
        .agg(rows=("year", "size"), codes=("source_nuts_id", lambda s: ", ".join(sorted(set(s)))))
        .reset_index()
    )
    summary.insert(1, "label", summary["indicator_id"].map(labels).fillna(summary["indicator_id"]))
    return summary
