"""The indicator table of one participant's profile: each figure with its flag and year, the EU
figure of the same year named by its aggregate, the country's, the rank, the series.

A participant at NUTS 0/1 with no figure of its own gets one row per NUTS 2 region inside it
that has one, each saying whose figure it is; those are never combined into one value.
"""

from __future__ import annotations

import pandas as pd

from pri_data.i18n import ENGLISH, Translator
from pri_data.indicators import store
from pri_data.indicators.compare import NOT_RANKED, RANK_OF, eu_name
from pri_data.indicators.participants import part_values, participant_values, rank_among_regions
from pri_data.indicators.specs import NEITHER

# Whose figure it is stands beside the value: for Hauts-de-France two rows of one indicator differ
# only there.
PROFILE_COLUMNS = [
    "indicator", "value", "flag", "year", "rank", "note", "unit", "EU", "eu_of", "country",
    "trend",
]  # fmt: skip


def _rank(indicator_id: str, direction: str, year: int | None, basis: str, tr: Translator) -> str:
    """'94 of 183', 'not ranked' for an indicator with no better direction, '' without a figure."""
    if direction == NEITHER:
        return tr.gettext(NOT_RANKED)
    rank = rank_among_regions(indicator_id, year, basis) if year is not None else None
    if not rank:
        return ""
    return tr.gettext(RANK_OF).format(rank=tr.number(rank[0]), n=tr.number(rank[1]))


def _row(info, country_code: str, figure: dict, tr: Translator) -> dict:
    """One table row from ``figure`` (value, year, flag, basis, note)."""
    year = figure["year"]
    eu = store.eu_value(info.indicator_id, year) if year is not None else None
    country = store.country_values(info.indicator_id, year).get(country_code) if year else None
    return {
        "indicator": info.label,
        "unit": info.unit,
        "value": figure["value"],
        "flag": figure["flag"],
        "year": year,
        "EU": eu[0] if eu else float("nan"),
        "eu_of": eu_name(eu),
        "country": country if country is not None else float("nan"),
        "rank": _rank(info.indicator_id, info.direction, year, figure["basis"], tr),
        "trend": store.time_series(info.indicator_id, figure["basis"])["value"].tolist(),
        "note": figure["note"],
    }


def profile_indicators(participant: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Every indicator for one participant (one-row frame), as ``PROFILE_COLUMNS``: its own
    figure (or the containing NUTS 2 region's at NUTS 3), or its NUTS 2 regions' figures one
    row each; the EU figure only for the same year, named 'EU27_2020 (2019)'."""
    catalog = store.load_indicator_catalog()
    country_code = str(participant["country_code"].iloc[0])
    rows = []
    for info in catalog.itertuples(index=False):
        own = participant_values(participant, info.indicator_id, None, tr).iloc[0]
        parts = part_values(participant, info.indicator_id, None, tr)
        if pd.isna(own["value"]) and len(parts):
            figures = [
                {"value": p.value, "year": int(p.year), "flag": p.flag, "basis": p.nuts_id,
                 "note": p.note}
                for p in parts.itertuples(index=False)
            ]  # fmt: skip
        else:
            year = None if pd.isna(own["year"]) else int(own["year"])
            figures = [
                {"value": own["value"], "year": year, "flag": own["flag"],
                 "basis": own["basis_nuts_id"], "note": own["basis_note"]}
            ]  # fmt: skip
        rows += [_row(info, country_code, figure, tr) for figure in figures]
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)
