"""Refresh from Eurostat, offline: recorded SDMX-CSV responses stand in for the API."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from pri_data.indicators import store as ind
from pri_data.indicators.refresh import RefreshError, refresh
from pri_data.indicators.specs import SPEC_BY_ID, eurostat_url
from pri_data.indicators.tidy import FILES

RECORDED = Path(__file__).resolve().parents[3] / "data" / "eurostat"
SPECS = (SPEC_BY_ID["gerd_pc_gdp"], SPEC_BY_ID["unemployment_rate"])


def fake_fetch(files: dict[str, str]):
    """A fetch that answers each indicator's URL with a recorded file (or raises)."""
    by_url = {eurostat_url(SPEC_BY_ID[i]): name for i, name in files.items()}

    def fetch(url: str) -> str:
        name = by_url[url]
        if name == "offline":
            raise OSError("network is unreachable")
        return (RECORDED / name).read_text(encoding="utf-8")

    return fetch


GOOD = {"gerd_pc_gdp": "gerd_pc_gdp.csv", "unemployment_rate": "unemployment_rate.csv"}


def run(out: Path, files: dict[str, str], progress: io.StringIO | None = None) -> dict:
    return refresh(out, fake_fetch(files), SPECS, today="2026-11-25", progress=progress)


def test_refresh_writes_the_tidy_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    progress = io.StringIO()
    run(tmp_path, GOOD, progress)
    assert "2/2 lfst_r_lfu3rt (unemployment_rate)" in progress.getvalue()
    monkeypatch.setenv("PRI_DATA_DIR", str(tmp_path))
    values = ind.region_values("gerd_pc_gdp", 2021).set_index("nuts_id")
    assert values["value"].to_dict() == {"HR02": 0.35, "SE12": 4.01, "SE31": 1.30}
    assert values.at["SE12", "flag"] == "p"  # the OBS_FLAG is kept; the BES row is filtered out
    assert ind.eu_value("gerd_pc_gdp", None) == (2.27, 2021, "EU27_2020")
    assert ind.time_series("unemployment_rate", "SE12")["flag"].tolist() == ["", "b"]
    assert ind.region_values("unemployment_rate", 2013)["nuts_id"].tolist() == ["FRF2"]
    reasons = ind.load_left_out().set_index("source_nuts_id")["reason"].to_dict()
    assert reasons["HR04"].startswith("territory changed")
    assert reasons["FRZZ"].startswith("Extra-Regio")
    assert reasons["NO08"] == "outside the EU-27"
    assert reasons["AT34"] == "no value published (flag c)"
    cat = ind.load_indicator_catalog().set_index("indicator_id")
    assert cat.at["unemployment_rate", "dataset_code"] == "lfst_r_lfu3rt"
    assert cat.at["gerd_pc_gdp", "extracted"] == "2026-11-25"
    assert cat.at["gerd_pc_gdp", "source_url"].startswith("https://ec.europa.eu/eurostat/api/")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({**GOOD, "unemployment_rate": "offline"}, r"unemployment_rate\) failed: OSError"),
        ({**GOOD, "gerd_pc_gdp": "truncated_gerd_pc_gdp.csv"}, "truncated or malformed"),
        ({**GOOD, "unemployment_rate": "gerd_pc_gdp.csv"}, "holds no rows"),
    ],
)
def test_failure_leaves_files_untouched(tmp_path: Path, files: dict, message: str) -> None:
    run(tmp_path, GOOD)
    before = {f: (tmp_path / f).read_bytes() for f in FILES.values()}
    with pytest.raises(RefreshError, match=message) as caught:
        run(tmp_path, files)
    assert caught.value.dataset_code in {"rd_e_gerdreg", "lfst_r_lfu3rt"}
    assert {f: (tmp_path / f).read_bytes() for f in FILES.values()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES.values())


def test_main_reports_the_failed_dataset(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from pri_data.indicators.refresh import main

    def offline(url: str) -> str:
        raise OSError("no network")

    assert main(["--out", str(tmp_path)], fetch=offline) == 1
    assert "dataset rd_e_gerdreg (gerd_pc_gdp) failed" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_urls_use_the_documented_filters() -> None:
    url = eurostat_url(SPEC_BY_ID["berd_pc_gdp"])
    assert url.startswith(
        "https://ec.europa.eu/eurostat/api/dissemination/sdmx/3.0/data/dataflow/ESTAT/"
        "rd_e_gerdreg/1.0?format=csvdata&formatVersion=2.0"
    )
    assert "&c[sectperf]=BES&c[unit]=PC_GDP" in url
    assert pd.Series([eurostat_url(s) for s in SPEC_BY_ID.values()]).is_unique
