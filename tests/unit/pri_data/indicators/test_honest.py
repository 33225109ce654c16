"""Issue 13, point 7 (honest comparisons) on a small fixture: the EU aggregate and year travel with
every EU value, flags travel with every figure, an indicator with no better direction is never
ranked, and a NUTS 1 participant without a figure shows its NUTS 2 regions' figures one by one,
never combined."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pri_data.errors import DataValidationError
from pri_data.i18n import translator_for
from pri_data.indicators import compare, flags, profile
from pri_data.indicators import store as ind
from pri_data.indicators.participants import part_values, participant_values, rank_among_regions
from pri_data.indicators.tidy import catalog, tidy, write_files
from tests.conftest import set_cell
from tests.unit.pri_data.indicators.test_store import URL, raw_rows

ROWS = [
    ("gerd_pc_gdp", "FRE1", 2019, 0.91, ""),
    ("gerd_pc_gdp", "FRE2", 2019, 1.41, "p"),
    ("gerd_pc_gdp", "SE12", 2018, 3.5, ""),
    ("gerd_pc_gdp", "SE12", 2019, 3.9, "e"),
    ("gerd_pc_gdp", "FR", 2019, 2.19, ""),
    ("gerd_pc_gdp", "SE", 2019, 3.39, ""),
    ("gerd_pc_gdp", "EU27_2020", 2019, 2.23, ""),
    ("gerd_pc_gdp", "EU27_2020", 2020, 2.32, ""),
    ("gdp_pps_pc_eu28", "FRE1", 2014, 85.0, ""),
    ("gdp_pps_pc_eu28", "FR", 2014, 107.0, ""),
    ("gdp_pps_pc_eu28", "EU28", 2014, 100.0, ""),
    ("population_1jan", "FRE1", 2018, 4063653.0, ""),
    ("population_1jan", "FRE2", 2018, 1928795.0, ""),
    ("population_1jan", "SE12", 2018, 1300000.0, ""),
]
PEOPLE = pd.DataFrame(
    {
        "id": ["fr-hdf", "se-east", "se-uppsala"],
        "name_en": ["Hauts-de-France", "East Middle Sweden", "Uppsala"],
        "label": ["Hauts-de-France", "East Middle Sweden", "Uppsala"],
        "country_code": ["FR", "SE", "SE"],
        "nuts_code": ["FRE", "SE12", "SE121"],
        "nuts_level": pd.array([1, 2, 3], dtype="Int8"),
        "category": ["Individual"] * 3,
    }
)


@pytest.fixture
def honest_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    indicators, left_out = tidy(raw_rows(ROWS))
    urls = dict.fromkeys(indicators["indicator_id"], URL)
    frames = {"indicators": indicators, "left_out": left_out}
    kept_flags = {"gerd_pc_gdp": True, "gdp_pps_pc_eu28": True, "population_1jan": False}
    frames["catalog"] = catalog(
        indicators, urls, dict.fromkeys(urls, "2022-03-31"), flags_recorded=kept_flags
    )
    write_files(frames, tmp_path)
    monkeypatch.setenv("PRI_DATA_DIR", str(tmp_path))
    return tmp_path


def test_catalogue_holds_a_validated_direction(honest_data: Path) -> None:
    cat = ind.load_indicator_catalog().set_index("indicator_id")
    assert cat["direction"].to_dict() == {
        "gerd_pc_gdp": "higher_is_better",
        "gdp_pps_pc_eu28": "higher_is_better",
        "population_1jan": "neither",
    }
    assert cat["flags_recorded"].to_dict()["population_1jan"] is False
    set_cell(honest_data / "indicator_catalog.csv", 4, "direction", "")  # population: empty
    with pytest.raises(DataValidationError, match="direction"):
        ind.load_indicator_catalog()


def test_committed_catalogue_directions() -> None:
    cat = ind.load_indicator_catalog().set_index("indicator_id")
    assert cat.at["population_1jan", "direction"] == "neither"
    assert cat.at["unemployment_rate", "direction"] == "lower_is_better"
    assert set(cat.index[cat["flags_recorded"]]) == {"gdp_pps_per_inhabitant", "gdp_pps_pc_eu28"}


def test_eu_aggregate_and_year_are_carried(honest_data: Path) -> None:
    assert ind.eu_value("gerd_pc_gdp", None) == (2.32, 2020, "EU27_2020")
    assert ind.eu_value("gdp_pps_pc_eu28", None) == (100.0, 2014, "EU28")
    # "Latest per region": the EU figure of the year most shown figures are from, named.
    shown = pd.Series([2019, 2019, 2018])
    eu = compare.eu_reference("gerd_pc_gdp", None, shown)
    assert eu == (2.23, 2019, "EU27_2020")
    assert compare.eu_name(eu) == "EU27_2020 (2019)"
    assert compare.eu_reference("gerd_pc_gdp", 2020, shown) == (2.32, 2020, "EU27_2020")
    assert compare.eu_reference("gerd_pc_gdp", 2018, shown) is None  # no EU figure that year
    assert compare.eu_name(None) == ""


def test_flags_are_carried_and_explained(honest_data: Path) -> None:
    own = participant_values(PEOPLE, "gerd_pc_gdp", None).set_index("participant_id")
    assert own.at["se-east", "flag"] == "e"
    assert own.at["se-uppsala", "flag"] == "e"  # the containing region's figure, with its flag
    parts = part_values(PEOPLE, "gerd_pc_gdp", None).set_index("nuts_id")
    assert parts.at["FRE2", "flag"] == "p"
    fr = translator_for("fr")
    assert flags.flag_legend(["", "e", "pe"]) == "Eurostat flags: e: estimated; p: provisional."
    assert "estimé" in flags.flag_legend(["e"], fr)
    cat = ind.load_indicator_catalog()
    notes = flags.flag_notes(["e"], cat)
    assert notes[1].startswith("Eurostat's flags were kept only in the extracts of “R&D")
    assert flags.flag_notes([], cat[cat["indicator_id"] == "population_1jan"]) == [
        flags.FLAGS_NONE_KEPT
    ]


def test_an_indicator_with_no_direction_is_never_ranked(honest_data: Path) -> None:
    assert rank_among_regions("population_1jan", 2018, "FRE1") is None
    assert rank_among_regions("gerd_pc_gdp", 2019, "SE12") == (1, 3)
    table = profile.profile_indicators(PEOPLE[PEOPLE["id"] == "se-east"])
    ranks = dict(zip(table["indicator"], table["rank"], strict=True))
    assert ranks["Population on 1 January"] == "not ranked"
    assert ranks["R&D expenditure (GERD), all sectors"] == "1 of 3"


def test_nuts1_participant_lists_its_nuts2_figures_never_combined(honest_data: Path) -> None:
    hdf = PEOPLE[PEOPLE["id"] == "fr-hdf"]
    assert participant_values(hdf, "gerd_pc_gdp", None)["value"].isna().all()
    parts = part_values(hdf, "gerd_pc_gdp", None)
    assert parts[["nuts_id", "value", "year"]].values.tolist() == [
        ["FRE1", 0.91, 2019],
        ["FRE2", 1.41, 2019],
    ]
    assert parts["note"].tolist() == [
        "figure for Nord-Pas de Calais (FRE1), part of Hauts-de-France",
        "figure for Picardie (FRE2), part of Hauts-de-France",
    ]
    assert part_values(PEOPLE[PEOPLE["id"] != "fr-hdf"], "gerd_pc_gdp", None).empty

    table = profile.profile_indicators(hdf).set_index("indicator")
    gerd = table.loc["R&D expenditure (GERD), all sectors"]
    assert sorted(gerd["value"]) == [0.91, 1.41]  # as published: no sum, no mean
    published = {v for *_rest, v, _f in ROWS}
    assert set(table["value"].dropna()) <= published
    assert gerd["eu_of"].tolist() == ["EU27_2020 (2019)"] * 2
    assert gerd["flag"].tolist() == ["", "p"]
    assert gerd["country"].tolist() == [2.19, 2.19]
    gdp = table.loc["GDP per inhabitant in PPS, % of EU28 average"]
    assert (gdp["value"], gdp["EU"], gdp["eu_of"]) == (85.0, 100.0, "EU28 (2014)")
    assert gdp["note"] == "figure for Nord-Pas de Calais (FRE1), part of Hauts-de-France"

    ranked = compare.ranking_parts_frame(hdf, "gerd_pc_gdp", None)
    assert ranked["name"].tolist() == [
        "Hauts-de-France: Nord-Pas de Calais (FRE1)",
        "Hauts-de-France: Picardie (FRE2)",
    ]
    assert ranked["flag"].tolist() == ["", "p"]


def test_ranking_export_carries_flags_and_the_named_eu_value(honest_data: Path) -> None:
    people = PEOPLE.iloc[:2]
    ranking = compare.ranking_frame(people, "gerd_pc_gdp", None)
    parts = compare.ranking_parts_frame(people, "gerd_pc_gdp", None)
    eu = compare.eu_reference("gerd_pc_gdp", None, ranking["year"])
    out = compare.ranking_export(ranking, parts, eu)
    assert out[["id", "basis_nuts_id", "value", "flag"]].values.tolist()[1:] == [
        ["se-east", "SE12", 3.9, "e"],
        ["fr-hdf", "FRE1", 0.91, ""],
        ["fr-hdf", "FRE2", 1.41, "p"],
    ]
    assert pd.isna(out.at[0, "value"])  # Hauts-de-France itself: no figure, none made up
    assert set(out["eu_aggregate"]) == {"EU27_2020"} and set(out["eu_year"]) == {2019}
    assert set(out["eu_value"]) == {2.23}
    notes = compare.ranking_notes(ranking, parts)
    assert notes["basis_note"].tolist() == parts["note"].tolist()


@pytest.mark.parametrize(
    ("direction", "top"),
    [("higher_is_better", "high"), ("lower_is_better", "low"), ("neither", "high")],
)
def test_ranking_chart_puts_the_best_on_top(direction: str, top: str) -> None:
    from figures.charts import ranking_bars

    rows = pd.DataFrame(
        {"name": ["low", "high"], "value": [0.5, 2.0], "year": [2013, 2013], "flag": ["e", ""],
         "country_value": [1.0, 1.0]}
    )  # fmt: skip
    fig = ranking_bars(rows, (1.0, 2013, "EU28"), "u", "t", "s", direction=direction)
    assert list(fig.layout.yaxis.categoryarray)[-1] == top  # the last category is drawn on top
    assert [s.name for s in fig.layout.shapes] == ["EU28 (2013): 1.00"]
    hover = dict(zip(fig.data[0].y, (when for when, _note in fig.data[0].customdata), strict=True))
    assert hover == {"low": "2013; e: estimated", "high": "2013"}


def test_the_ranking_looks_up_national_figures_once_per_year(
    honest_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row still gets its own country's figure for its own year; the national figures are
    read once per year, not once per row (a ranking of all participants took about 1 s)."""
    calls: list[tuple[str, int | None]] = []
    real = ind.country_values

    def counted(indicator_id: str, year: int | None) -> pd.Series:
        calls.append((indicator_id, year))
        return real(indicator_id, year)

    monkeypatch.setattr(ind, "country_values", counted)
    people = pd.concat([PEOPLE] * 3, ignore_index=True)  # the same rows again: same years
    ranked = compare.ranking_frame(people, "gerd_pc_gdp", None)
    parts = compare.ranking_parts_frame(people, "gerd_pc_gdp", None)
    for frame, codes in ((ranked, ranked["country_code"]),
                         (parts, parts["participant_id"].map(dict(zip(
                             people["id"], people["country_code"], strict=False))))):
        expected = [
            real("gerd_pc_gdp", int(y)).get(c, float("nan")) if pd.notna(y) else float("nan")
            for c, y in zip(codes, frame["year"], strict=True)
        ]
        assert frame["country_value"].tolist() == pytest.approx(expected, nan_ok=True)
    years = {int(y) for y in pd.concat([ranked["year"], parts["year"]]).dropna()}
    assert len(calls) <= 2 * len(years)  # once per year in each frame
    assert len(ranked) + len(parts) > 2 * len(years)  # more rows than that: the test can fail
