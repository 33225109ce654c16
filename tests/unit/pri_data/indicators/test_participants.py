"""Participants' figures: own code at NUTS 0-2, the NUTS 2 parent at NUTS 3, NaN when none."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pri_data.indicators.participants import participant_values, rank_among_regions
from tests.unit.pri_data.indicators.test_store import tiny_data  # noqa: F401  (fixture)

PARTICIPANTS = pd.DataFrame(
    {
        "id": ["se-east", "se-uppsala", "fr-hdf", "se-sweden"],
        "name_en": ["East Middle Sweden", "Uppsala", "Hauts-de-France", "Sweden"],
        "participant_type": ["region", "region", "region", "member_state"],
        "country_code": ["SE", "SE", "FR", "SE"],
        "nuts_code": ["SE12", "SE121", "FRE", "SE"],
        "nuts_level": pd.array([2, 3, 1, 0], dtype="Int8"),
    }
)


def test_participant_values(tiny_data: Path) -> None:  # noqa: F811
    out = participant_values(PARTICIPANTS, "gerd_pc_gdp", 2019).set_index("participant_id")
    assert out.columns.tolist() == ["value", "year", "flag", "basis_nuts_id", "basis_note"]
    assert out.loc["se-east"].tolist() == [3.9, 2019, "e", "SE12", ""]
    uppsala = out.loc["se-uppsala"]
    assert (uppsala["value"], uppsala["basis_nuts_id"]) == (3.9, "SE12")
    assert uppsala["basis_note"] == "figure for Östra Mellansverige, which contains Uppsala"
    assert out.at["se-sweden", "value"] == 3.39
    missing = out.loc["fr-hdf"]
    assert pd.isna(missing["value"]) and pd.isna(missing["year"])
    assert missing["basis_note"] == "no figure published for Hauts-de-France (FRE)"


def test_participant_values_latest_per_region(tiny_data: Path) -> None:  # noqa: F811
    out = participant_values(PARTICIPANTS, "gerd_pc_gdp", 2018).set_index("participant_id")
    assert out["value"].isna().tolist() == [False, False, True, True]
    latest = participant_values(PARTICIPANTS, "gerd_pc_gdp", None)
    assert latest["year"].tolist() == [2019, 2019, pd.NA, 2019]


def test_participants_frame_is_checked(tiny_data: Path) -> None:  # noqa: F811
    with pytest.raises(ValueError, match="lacks the column\\(s\\) nuts_level"):
        participant_values(PARTICIPANTS.drop(columns="nuts_level"), "gerd_pc_gdp", 2019)


def test_rank_follows_direction(tiny_data: Path) -> None:  # noqa: F811
    assert rank_among_regions("gerd_pc_gdp", 2019, "SE12") == (1, 2)
    assert rank_among_regions("unemployment_rate", 2019, "SE12") == (1, 2)  # lower is better
    assert rank_among_regions("unemployment_rate", 2019, "SE31") == (2, 2)
    assert rank_among_regions("gerd_pc_gdp", 2018, "SE31") is None


def test_committed_figures_for_real_participants() -> None:
    from pri_data.load import load_participants

    out = participant_values(load_participants(), "gerd_pc_gdp", None)
    assert len(out) == len(load_participants())
    cities = out[out["basis_note"].str.contains("which contains")]
    assert len(cities) >= 20
    assert out["value"].notna().sum() >= 50
