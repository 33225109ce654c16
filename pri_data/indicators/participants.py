"""Indicator figures for the pilot's participants, and a region's rank among its peers.

A participant at NUTS 0, 1 or 2 gets the figure published for its own code. A participant at
NUTS 3 (a Swedish or Finnish county, a city) gets the figure of the NUTS 2 region that contains it,
and the note says so. No figure stays NaN: nothing is estimated or aggregated here. A participant
at NUTS 0 or 1 without a figure of its own (Hauts-de-France) has its NUTS 2 regions' figures
listed one by one (``part_values``), each named; they are never summed or averaged.
"""

from __future__ import annotations

import pandas as pd

from geo.nuts import nuts_names
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.indicators.specs import LOWER, NEITHER
from pri_data.indicators.store import indicator_info, values_at_all_levels

PARTICIPANT_COLUMNS = ("id", "name_en", "nuts_code", "nuts_level")
RESULT_COLUMNS = ["participant_id", "value", "year", "flag", "basis_nuts_id", "basis_note"]
FIGURE_FOR = N_("figure for {region}, which contains {name}")
NO_FIGURE = N_("no figure published for {region} ({code})")
NO_FIGURE_CONTAINS = N_("no figure published for {region} ({code}), which contains {name}")
PART_OF = N_("figure for {region} ({code}), part of {name}")
PART_COLUMNS = ["participant_id", "nuts_id", "value", "year", "flag", "note"]


def _check_participants(participants: pd.DataFrame) -> None:
    missing = [c for c in PARTICIPANT_COLUMNS if c not in participants.columns]
    if missing:
        raise ValueError(f"participants frame lacks the column(s) {', '.join(missing)}")


def _basis(nuts_code: str, level: int) -> str:
    """The unit whose figure stands for a participant: its own, or its NUTS 2 parent at NUTS 3."""
    return nuts_code[:4] if level == 3 else nuts_code


def _note(
    basis: str, level: int, name: str, names: dict[str, str], found: bool, tr: Translator
) -> str:
    """Empty for a participant's own figure; otherwise says whose figure it is, or that none is
    (in ``tr``'s language; region names stay as NUTS publishes them)."""
    label = names.get(basis, basis)
    if found:
        return tr.gettext(FIGURE_FOR).format(region=label, name=name) if level == 3 else ""
    text = tr.gettext(NO_FIGURE_CONTAINS if level == 3 else NO_FIGURE)
    return text.format(region=label, code=basis, name=name)


def participant_values(
    participants: pd.DataFrame,
    indicator_id: str,
    year: int | None = None,
    tr: Translator = ENGLISH,
) -> pd.DataFrame:
    """participant_id, value, year, flag, basis_nuts_id, basis_note: one row per participant,
    in input order. ``year=None``: the latest figure of each basis unit."""
    _check_participants(participants)
    values = values_at_all_levels(indicator_id, year).set_index("nuts_id")
    names = nuts_names()
    rows = []
    for pid, name, code, level in participants.loc[:, list(PARTICIPANT_COLUMNS)].itertuples(
        index=False
    ):
        basis = _basis(str(code), int(level))
        found = basis in values.index
        hit = values.loc[basis] if found else None
        rows.append(
            {
                "participant_id": pid,
                "value": float(hit["value"]) if found else float("nan"),
                "year": int(hit["year"]) if found else pd.NA,
                "flag": str(hit["flag"]) if found else "",
                "basis_nuts_id": basis,
                "basis_note": _note(basis, int(level), str(name), names, found, tr),
            }
        )
    out = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    return out.astype({"value": "float64", "year": "Int64", "flag": "str"})


def part_values(
    participants: pd.DataFrame,
    indicator_id: str,
    year: int | None = None,
    tr: Translator = ENGLISH,
) -> pd.DataFrame:
    """participant_id, nuts_id, value, year, flag, note: for each participant at NUTS 0 or 1
    with no figure of its own (in ``year``, or at all with ``year=None``), one row per NUTS 2
    region inside it that has one, in code order. The figures are listed as published, never
    combined; the note names the region, its code and the participant."""
    _check_participants(participants)
    values = values_at_all_levels(indicator_id, year)
    own = set(values["nuts_id"])
    level2 = values[values["nuts_id"].str.len() == 4]
    names = nuts_names()
    rows = []
    for pid, name, code, level in participants.loc[:, list(PARTICIPANT_COLUMNS)].itertuples(
        index=False
    ):
        code = str(code)
        if int(level) >= 2 or code in own:
            continue
        for hit in level2[level2["nuts_id"].str.startswith(code)].itertuples(index=False):
            region = names.get(hit.nuts_id, hit.nuts_id)
            note = tr.gettext(PART_OF).format(region=region, code=hit.nuts_id, name=name)
            rows.append([pid, hit.nuts_id, float(hit.value), int(hit.year), str(hit.flag), note])
    out = pd.DataFrame(rows, columns=PART_COLUMNS)
    return out.astype({"value": "float64", "year": "Int64", "flag": "str"})


def rank_among_regions(indicator_id: str, year: int, nuts_id: str) -> tuple[int, int] | None:
    """(rank, n) of ``nuts_id`` among the units of its NUTS level with a figure in ``year``;
    rank 1 is the best (highest, or lowest where lower is better; ties share the best rank).
    None when the unit has no figure that year, and for an indicator where neither a higher nor
    a lower figure is better (population): such figures are never ranked."""
    level_values = values_at_all_levels(indicator_id, year)
    level_values = level_values[level_values["nuts_id"].str.len() == len(nuts_id)]
    if nuts_id not in set(level_values["nuts_id"]):
        return None
    direction = indicator_info(indicator_id)["direction"]
    if direction == NEITHER:
        return None
    ascending = direction == LOWER
    ranks = level_values["value"].rank(method="min", ascending=ascending)
    rank = ranks[level_values["nuts_id"] == nuts_id].iloc[0]
    return int(rank), len(level_values)
