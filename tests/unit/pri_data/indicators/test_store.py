"""Indicator files: schema on load, reproducible build, and the look-ups on a tiny table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pri_data.errors import DataValidationError
from pri_data.indicators import store as ind
from pri_data.indicators.tidy import FILES, catalog, tidy, write_files

REPO = Path(__file__).resolve().parents[4]
URL = "https://example.org/extract.csv"


def raw_rows(rows: list[tuple]) -> pd.DataFrame:
    """Source rows from (indicator_id, nuts_code, year, value, flag) tuples."""
    frame = pd.DataFrame(rows, columns=["indicator_id", "nuts_code", "year", "value", "flag"])
    return frame.assign(region_name=None, source_url=URL).astype({"value": "float64"})


TINY = [
    ("gerd_pc_gdp", "SE12", 2018, 3.5, ""),
    ("gerd_pc_gdp", "SE12", 2019, 3.9, "e"),
    ("gerd_pc_gdp", "SE31", 2019, 1.27, ""),
    ("gerd_pc_gdp", "FR21", 2013, 0.76, ""),  # NUTS 2013 code of FRF2
    ("gerd_pc_gdp", "PL12", 2013, 1.5, ""),  # territory changed: left out
    ("gerd_pc_gdp", "ATZZ", 2013, 0.1, ""),  # Extra-Regio: left out
    ("gerd_pc_gdp", "SE", 2019, 3.39, ""),
    ("gerd_pc_gdp", "FR", 2019, 2.19, ""),
    ("gerd_pc_gdp", "EU27_2020", 2019, 2.23, ""),
    ("unemployment_rate", "SE12", 2019, 6.0, ""),
    ("unemployment_rate", "SE31", 2019, 8.0, ""),
]


@pytest.fixture
def tiny_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    indicators, left_out = tidy(raw_rows(TINY))
    urls = dict.fromkeys(indicators["indicator_id"], URL)
    extracted = dict.fromkeys(urls, "2022-03-31")
    frames = {"indicators": indicators, "left_out": left_out}
    frames["catalog"] = catalog(indicators, urls, extracted)
    write_files(frames, tmp_path)
    monkeypatch.setenv("PRI_DATA_DIR", str(tmp_path))
    return tmp_path


def test_committed_files_pass_their_schemas() -> None:
    frame = ind.load_indicators()
    assert len(frame) > 20_000
    assert set(frame["flag"]) <= {"", "e"}
    assert not ind.load_indicator_catalog().empty
    assert (ind.load_left_out()["reason"] != "").all()


def test_committed_recode_and_refusal() -> None:
    frame = ind.load_indicators()
    assert (frame["source_nuts_id"] == "FR21").sum() > 0
    assert set(frame.loc[frame["source_nuts_id"] == "FR21", "nuts_id"]) == {"FRF2"}
    assert "PL12" not in set(frame["nuts_id"]) | set(frame["source_nuts_id"])
    assert "PL12" in set(ind.load_left_out()["source_nuts_id"])


def test_every_source_row_is_kept_or_left_out(tiny_data: Path) -> None:
    assert len(ind.load_indicators()) + len(ind.load_left_out()) == len(TINY)
    left_out = ind.load_left_out()
    reasons = dict(zip(left_out["source_nuts_id"], left_out["reason"], strict=True))
    assert reasons["PL12"].startswith("territory changed")
    assert reasons["ATZZ"].startswith("Extra-Regio")


def test_region_values_latest_and_exact_year(tiny_data: Path) -> None:
    latest = ind.region_values("gerd_pc_gdp", None)
    assert latest.columns.tolist() == ["nuts_id", "value", "year", "flag"]
    assert latest.set_index("nuts_id")["year"].to_dict() == {
        "FRF2": 2013,
        "SE12": 2019,
        "SE31": 2019,
    }
    assert ind.region_values("gerd_pc_gdp", 2018)["nuts_id"].tolist() == ["SE12"]
    assert ind.region_values("gerd_pc_gdp", 2019).set_index("nuts_id").at["SE12", "flag"] == "e"


def test_years_eu_and_countries(tiny_data: Path) -> None:
    assert ind.available_years("gerd_pc_gdp") == [2013, 2018, 2019]
    assert ind.eu_value("gerd_pc_gdp", 2019) == (2.23, 2019, "EU27_2020")
    assert ind.eu_value("gerd_pc_gdp", 2018) is None
    assert ind.eu_value("unemployment_rate", None) is None
    assert ind.country_values("gerd_pc_gdp", 2019).to_dict() == {"FR": 2.19, "SE": 3.39}


def test_time_series_and_summary(tiny_data: Path) -> None:
    series = ind.time_series("gerd_pc_gdp", "SE12")
    assert series["year"].tolist() == [2018, 2019]
    assert series["value"].tolist() == [3.5, 3.9]
    summary = ind.left_out_summary()
    assert summary["rows"].sum() == 2
    assert set(summary["codes"]) == {"PL12", "ATZZ"}


def test_unknown_indicator_names_the_known(tiny_data: Path) -> None:
    with pytest.raises(ValueError, match="unknown indicator 'nope'; known: gerd_pc_gdp"):
        ind.region_values("nope", None)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("flag", "E!", "does not match"), ("level", 3, "fails the check level_matches_code")],
)
def test_bad_parquet_names_row_and_field(
    tiny_data: Path, column: str, value: object, message: str
) -> None:
    path = tiny_data / FILES["indicators"]
    frame = pd.read_parquet(path)
    frame.loc[1, column] = value
    frame.to_parquet(path, index=False)
    with pytest.raises(DataValidationError) as caught:
        ind.load_indicators()
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == ("indicators.parquet", 2)
    assert message in problem.message
