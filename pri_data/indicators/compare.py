"""The frames behind the comparison page: every EU NUTS 2 region with its figure, which of them
lie in a participant's territory, and the participants' figures beside their country and the EU.
Pure pandas; the page only lays these out. Missing figures stay NaN ("no data")."""

from __future__ import annotations

import pandas as pd

from geo.nuts import load_nuts
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.indicators import store
from pri_data.indicators.participants import participant_values, rank_among_regions
from pri_data.labels import group_name


def _nuts2() -> pd.DataFrame:
    nuts = load_nuts()
    level2 = nuts[nuts["level"] == 2]
    return pd.DataFrame({"nuts_id": level2["nuts_id"], "label": level2["name_latn"]})


def map_values(indicator_id: str, year: int | None) -> pd.DataFrame:
    """All EU-27 NUTS 2 regions: nuts_id, label, value (NaN = no data), year, flag."""
    values = store.region_values(indicator_id, year, level=2)
    return _nuts2().merge(values, on="nuts_id", how="left").reset_index(drop=True)


def participant_region_groups(participants: pd.DataFrame) -> dict[str, str]:
    """NUTS 2 region -> the participant category it belongs to. A region counts when it lies in a
    participant's territory (a NUTS 0/1/2 participant contains it or is it) or contains a NUTS 3
    participant. ``participants`` needs nuts_code, nuts_level and category (display frame)."""
    out: dict[str, str] = {}
    level2 = _nuts2()["nuts_id"]
    for code, level, category in participants[["nuts_code", "nuts_level", "category"]].itertuples(
        index=False
    ):
        code = str(code)
        if int(level) == 3:
            out.setdefault(code[:4], category)
        else:
            for region in level2[level2.str.startswith(code)]:
                out.setdefault(region, category)
    return out


def distribution_frame(values: pd.DataFrame, in_pilot: dict[str, str]) -> pd.DataFrame:
    """Regions with a figure: value, label, is_participant (True = in a participant's territory)."""
    have = values[values["value"].notna()]
    return have.assign(is_participant=have["nuts_id"].isin(in_pilot))[
        ["nuts_id", "label", "value", "year", "is_participant"]
    ]


def scatter_frame(x_id: str, y_id: str, year: int | None, in_pilot: dict[str, str]) -> pd.DataFrame:
    """Regions with both figures: label, x, y, x_year, y_year, group ('' = not in the pilot)."""
    x = map_values(x_id, year).rename(columns={"value": "x", "year": "x_year"})
    y = store.region_values(y_id, year, level=2).rename(
        columns={"value": "y", "year": "y_year"}
    )
    both = x.merge(y[["nuts_id", "y", "y_year"]], on="nuts_id").dropna(subset=["x", "y"])
    return both.assign(group=both["nuts_id"].map(in_pilot).fillna(""))[
        ["nuts_id", "label", "x", "y", "x_year", "y_year", "group"]
    ]


def ranking_frame(
    participants: pd.DataFrame, indicator_id: str, year: int | None, tr: Translator = ENGLISH
) -> pd.DataFrame:
    """One row per participant: name, value, year, flag, basis_note, country, country_value (the
    country's figure for the same year), category. Participants without a figure keep NaN."""
    values = participant_values(participants, indicator_id, year, tr)
    frame = participants.reset_index(drop=True)[["id", "label", "country_code", "category"]]
    out = frame.join(values.drop(columns="participant_id"))
    country = [
        store.country_values(indicator_id, int(y)).get(c, float("nan"))
        if pd.notna(y)
        else float("nan")
        for c, y in zip(out["country_code"], out["year"], strict=True)
    ]
    return out.assign(name=out["label"], country_value=country)


RANK_OF = N_("{rank} of {n}")


def network_rows(
    participants: pd.DataFrame, ranking: pd.DataFrame, names: dict, tr: Translator = ENGLISH
) -> pd.DataFrame:
    """group, name, value: one row per (group, member); 'Individual' (in ``tr``'s language) for
    no group."""
    values = dict(zip(ranking["id"], ranking["value"], strict=True))
    rows = [
        {"group": group_name(g, names, tr), "name": name, "value": values.get(pid)}
        for pid, name, ids in participants[["id", "name_en", "group_ids"]].itertuples(index=False)
        for g in ids
    ]
    return pd.DataFrame(rows, columns=["group", "name", "value"])


def profile_indicators(participant: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Every indicator for one participant (one-row frame): value, year, basis note, EU value,
    country value, rank among EU regions of its level, and the time series for a sparkline."""
    catalog = store.load_indicator_catalog()
    rows = []
    for info in catalog.itertuples(index=False):
        value = participant_values(participant, info.indicator_id, None, tr).iloc[0]
        year = None if pd.isna(value["year"]) else int(value["year"])
        eu = store.eu_value(info.indicator_id, year) if year else None
        country = (
            store.country_values(info.indicator_id, year).get(
                participant["country_code"].iloc[0]
            )
            if year
            else None
        )
        basis = value["basis_nuts_id"]
        rank = rank_among_regions(info.indicator_id, year, basis) if year is not None else None
        series = store.time_series(info.indicator_id, value["basis_nuts_id"])
        rows.append(
            {
                "indicator": info.label,
                "unit": info.unit,
                "value": value["value"],
                "year": year,
                "EU": eu[0] if eu and eu[1] == year else float("nan"),
                "country": country if country is not None else float("nan"),
                "rank": tr.gettext(RANK_OF).format(rank=tr.number(rank[0]), n=tr.number(rank[1]))
                if rank
                else "",
                "trend": series["value"].tolist(),
                "note": value["basis_note"],
            }
        )
    return pd.DataFrame(rows)


def network_table(rows: pd.DataFrame, eu: float | None) -> pd.DataFrame:
    """``rows``: group, value (one row per member; NaN = no data). Median and range per group,
    how many members have a value, and the median's distance to the EU value."""
    grouped = rows.groupby("group")["value"]
    table = pd.DataFrame(
        {
            "members": grouped.size(),
            "with data": grouped.count(),
            "median": grouped.median(),
            "min": grouped.min(),
            "max": grouped.max(),
        }
    )
    table["median − EU"] = table["median"] - eu if eu is not None else float("nan")
    return table.sort_values("median", ascending=False)
