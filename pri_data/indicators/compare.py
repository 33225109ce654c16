"""The frames behind the comparison page: every EU NUTS 2 region with its figure, which of them
lie in a participant's territory, and the participants' figures beside their country and the EU.
Pure pandas; the page only lays these out. Missing figures stay NaN ("no data")."""

from __future__ import annotations

import pandas as pd

from geo.nuts import nuts_levels, nuts_names
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.indicators import store
from pri_data.indicators.participants import part_values, participant_values
from pri_data.labels import group_name


def _nuts2() -> pd.DataFrame:
    names = nuts_names()
    level2 = [code for code, level in nuts_levels().items() if level == 2]
    return pd.DataFrame({"nuts_id": level2, "label": [names[code] for code in level2]})


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
    """Regions with a figure: value, year, flag, label, is_participant (True = in a participant's
    territory)."""
    have = values[values["value"].notna()]
    return have.assign(is_participant=have["nuts_id"].isin(in_pilot))[
        ["nuts_id", "label", "value", "year", "flag", "is_participant"]
    ]


def scatter_frame(x_id: str, y_id: str, year: int | None, in_pilot: dict[str, str]) -> pd.DataFrame:
    """Regions with both figures: label, x, y, their years and flags, group ('' = not in the
    pilot)."""
    x = map_values(x_id, year).rename(columns={"value": "x", "year": "x_year", "flag": "x_flag"})
    y = store.region_values(y_id, year, level=2).rename(
        columns={"value": "y", "year": "y_year", "flag": "y_flag"}
    )
    both = x.merge(y[["nuts_id", "y", "y_year", "y_flag"]], on="nuts_id").dropna(subset=["x", "y"])
    return both.assign(group=both["nuts_id"].map(in_pilot).fillna(""))[
        ["nuts_id", "label", "x", "y", "x_year", "y_year", "x_flag", "y_flag", "group"]
    ]


def _country_figures(indicator_id: str, countries: pd.Series, years: pd.Series) -> list[float]:
    """Each row's country figure for the row's year (NaN without a year or a figure). The
    national figures are looked up once per year: once per row, a ranking took about 1 s."""
    known = {int(y) for y in years.dropna()}
    by_year = {y: store.country_values(indicator_id, y) for y in known}
    return [
        by_year[int(y)].get(c, float("nan")) if pd.notna(y) else float("nan")
        for c, y in zip(countries, years, strict=True)
    ]


def ranking_frame(
    participants: pd.DataFrame, indicator_id: str, year: int | None, tr: Translator = ENGLISH
) -> pd.DataFrame:
    """One row per participant: name, value, year, flag, basis_note, country, country_value (the
    country's figure for the same year), category. Participants without a figure keep NaN."""
    values = participant_values(participants, indicator_id, year, tr)
    frame = participants.reset_index(drop=True)[["id", "label", "country_code", "category"]]
    out = frame.join(values.drop(columns="participant_id"))
    country = _country_figures(indicator_id, out["country_code"], out["year"])
    return out.assign(name=out["label"], country_value=country)


def ranking_parts_frame(
    participants: pd.DataFrame, indicator_id: str, year: int | None, tr: Translator = ENGLISH
) -> pd.DataFrame:
    """The NUTS 2 regions of participants at NUTS 0/1 with no figure of their own, one row each
    (``participants.part_values``), never combined: participant_id, name ("Hauts-de-France:
    Picardie (FRE2)"), nuts_id, value, year, flag, note, country_value."""
    parts = part_values(participants, indicator_id, year, tr)
    names = dict(zip(participants["id"], participants["label"], strict=True))
    codes = dict(zip(participants["id"], participants["country_code"], strict=True))
    regions = nuts_names()
    label = [
        f"{names[pid]}: {regions.get(code, code)} ({code})"
        for pid, code in zip(parts["participant_id"], parts["nuts_id"], strict=True)
    ]
    country = _country_figures(indicator_id, parts["participant_id"].map(codes), parts["year"])
    return parts.assign(name=label, country_value=country)[
        ["participant_id", "name", "nuts_id", "value", "year", "flag", "note", "country_value"]
    ]


def eu_reference(
    indicator_id: str, year: int | None, shown_years: pd.Series
) -> tuple[float, int, str] | None:
    """The EU figure a chart of ``shown_years`` is compared with: (value, year, aggregate code).
    For one chosen year, that year's. For "latest per region", the year most of the shown figures
    are from (the later one on a tie) when the EU has a figure for it, else the EU's latest:
    either way its year and aggregate are named wherever it is shown."""
    if year is not None:
        return store.eu_value(indicator_id, year)
    years = pd.Series(shown_years).dropna().astype(int)
    if len(years):
        counts = years.value_counts()
        common = max(counts[counts == counts.max()].index)
        if (same := store.eu_value(indicator_id, int(common))) is not None:
            return same
    return store.eu_value(indicator_id, None)


def eu_name(eu: tuple[float, int, str] | None) -> str:
    """'EU27_2020 (2019)': the aggregate as Eurostat codes it and the figure's year."""
    return f"{eu[2]} ({eu[1]})" if eu else ""


def ranking_notes(ranking: pd.DataFrame, parts: pd.DataFrame) -> pd.DataFrame:
    """name, basis_note: whose figure stands for a participant (a containing NUTS 2 region), then
    one row per NUTS 2 region listed for a participant with no figure of its own."""
    noted = ranking["basis_note"].fillna("") != ""
    own = ranking[noted & ~ranking["id"].isin(parts["participant_id"])]
    listed = parts.rename(columns={"note": "basis_note"})
    return pd.concat(
        [own[["name", "basis_note"]], listed[["name", "basis_note"]]], ignore_index=True
    )


def ranking_export(
    ranking: pd.DataFrame, parts: pd.DataFrame, eu: tuple[float, int, str] | None
) -> pd.DataFrame:
    """The ranking's figures as downloaded: each participant's row, then the NUTS 2 regions
    standing in for one (their own rows, never combined), each with its flag, and the EU value
    compared with, named by aggregate and year."""
    own = ranking.drop(columns=["category", "label"], errors="ignore")
    stand_in = parts.rename(
        columns={"participant_id": "id", "nuts_id": "basis_nuts_id", "note": "basis_note"}
    )
    out = pd.concat([own, stand_in], ignore_index=True)
    value, year, aggregate = eu if eu else (float("nan"), pd.NA, "")
    return out.assign(eu_value=value, eu_aggregate=aggregate, eu_year=year)


RANK_OF = N_("{rank} of {n}")
NOT_RANKED = N_("not ranked")
EU_AGGREGATES_NOTE = N_(
    "EU figures are named as Eurostat codes them: EU27_2020 is the 27 Member States since "
    "February 2020; EU28 the 28 Member States of 2013–2020, with the United Kingdom."
)


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
