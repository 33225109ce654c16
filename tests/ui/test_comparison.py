"""The indicator comparison and the profile's indicators, as AppTest sees them: real figures
where Eurostat has them, "no data" where it has none, and links that restore the view."""

from __future__ import annotations

import base64
import json
import math

import numpy as np

from tests.ui.apptest import map_components, run, texts

PAGE = "pages/comparison.py"


def frame_with(at, column: str):
    """The dataframe that has ``column`` (AppTest finds dataframes by key only when selectable)."""
    (frame,) = [d.value for d in at.dataframe if column in d.value.columns]
    return frame


def test_default_view_has_every_chart_and_download() -> None:
    at = run(PAGE)
    assert not at.exception
    assert len(at.get("plotly_chart")) == 3  # ranking, scatter, distribution
    assert len(map_components(at)) == 1  # the map
    labels = [b.proto.label for b in at.get("download_button")]
    assert len(labels) == 3
    assert any("Eurostat (rd_e_gerdreg" in c for c in texts(at.caption))


def test_link_restores_indicator_year_and_second_indicator() -> None:
    at = run(PAGE, ind="berd_pc_gdp", year="2017", ind2="gdp_pps_pc_eu28")
    assert at.selectbox(key="cmp_ind").value == "berd_pc_gdp"
    assert at.selectbox(key="cmp_year").value == "2017"
    assert at.selectbox(key="cmp_ind2").value == "gdp_pps_pc_eu28"


def test_choosing_an_indicator_writes_the_link() -> None:
    at = run(PAGE)
    at.selectbox(key="cmp_ind").set_value("unemployment_rate").run()
    assert at.query_params["ind"] == "unemployment_rate"
    assert not at.exception


def test_junk_parameters_fall_back_with_a_notice() -> None:
    at = run(PAGE, ind="nope", year="1066")
    assert not at.exception
    notices = texts(at.info)
    assert any("'nope'" in n for n in notices)
    assert any("'1066'" in n for n in notices)
    assert at.selectbox(key="cmp_ind").value == "gerd_pc_gdp"


def test_network_table_follows_the_filter() -> None:
    at = run(PAGE, group="cities-4-0")
    table = frame_with(at, "median − EU")
    assert list(table.index) == ["Cities 4.0 Consortium"]
    assert int(table.loc["Cities 4.0 Consortium", "members"]) == 6


def test_no_data_is_named_not_filled() -> None:
    # HR04 (old Croatian NUTS 2) changed territory: Sisak-Moslavina has no population figure.
    at = run(PAGE, q="Sisak", ind="population_1jan")
    assert any("No data for: Sisak-Moslavina" in c for c in texts(at.caption))


def _ranking_spec(at) -> dict:
    """The ranking chart's figure as sent to the browser."""
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def _numbers(array) -> list[float]:
    """A Plotly array: a list, or a typed array ({"dtype", "bdata"}: base64 bytes)."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def test_nuts1_participant_is_shown_through_its_nuts2_regions() -> None:
    # France published no NUTS 1 R&D figure for Hauts-de-France (FRE) in NUTS 2021 codes, but
    # its NUTS 2 regions have one each: two named bars, never one combined value.
    at = run(PAGE, q="Hauts-de-France")
    captions = texts(at.caption)
    assert not any("No data for: Hauts-de-France" in c for c in captions)
    assert any("shown through their NUTS 2 regions" in c and "Hauts-de-France" in c
               for c in captions)  # fmt: skip
    bars = [t for t in _ranking_spec(at)["data"] if t["type"] == "bar"]
    assert [sorted(t["y"]) for t in bars] == [
        ["Hauts-de-France: Nord-Pas de Calais (FRE1)", "Hauts-de-France: Picardie (FRE2)"]
    ]
    assert sorted(_numbers(bars[0]["x"])) == [0.91, 1.41]  # as published (2013)
    notes = frame_with(at, "basis_note")
    assert notes["basis_note"].tolist() == [
        "figure for Nord-Pas de Calais (FRE1), part of Hauts-de-France",
        "figure for Picardie (FRE2), part of Hauts-de-France",
    ]


def test_every_eu_value_names_its_aggregate_and_year() -> None:
    at = run(PAGE)
    lines = [shape.get("name") for shape in _ranking_spec(at)["layout"]["shapes"]]
    assert "EU27_2020 (2019): 2.23" in lines  # the year most participants' figures are from
    line = "Dashed line: the EU figure, EU27_2020 (2019)."
    assert any(c.startswith(line) for c in texts(at.caption))
    (networks,) = [d for d in at.dataframe if "median − EU" in d.value.columns]
    assert json.loads(networks.proto.columns)["median − EU"]["label"] == "median − EU27_2020 (2019)"
    gdp = run(PAGE, ind="gdp_pps_pc_eu28", year="2014")
    lines = [shape.get("name") for shape in _ranking_spec(gdp)["layout"]["shapes"]]
    assert "EU28 (2014): 100.00" in lines
    assert any("EU28 the 28 Member States" in c for c in texts(gdp.caption))


def test_population_is_ordered_not_ranked() -> None:
    at = run(PAGE, ind="population_1jan")
    headings = texts(at.subheader)
    assert "Participants ordered by value" in headings
    assert "Participants ranked" not in headings
    assert not any("Best at the top" in c for c in texts(at.caption))
    profile = run("pages/profile.py", id="se-dalarna")
    figures = frame_with(profile, "trend")
    names = figures["indicator"].str.split(" (", regex=False).str[0]
    rank = dict(zip(names, figures["rank"], strict=True))
    assert rank["Population on 1 January"] == "not ranked"  # on screen: "… (persons)"
    assert rank["Unemployment rate"].endswith(" of 238")


def test_profile_shows_indicators_with_their_basis() -> None:
    at = run("pages/profile.py", id="se-dalarna")
    figures = frame_with(at, "trend")
    gerd = figures[figures["indicator"].str.startswith("R&D expenditure")].iloc[0]
    assert math.isclose(gerd["value"], 1.27)
    assert gerd["year"] == 2019
    assert "Norra Mellansverige, which contains Dalarna" in gerd["note"]


def test_profile_of_hauts_de_france_lists_its_nuts2_figures() -> None:
    at = run("pages/profile.py", id="fr-hauts-de-france")
    assert not at.exception
    figures = frame_with(at, "trend")
    gerd = figures[figures["indicator"].str.startswith("R&D expenditure")]
    assert gerd["note"].tolist() == [
        "figure for Nord-Pas de Calais (FRE1), part of Hauts-de-France",
        "figure for Picardie (FRE2), part of Hauts-de-France",
    ]
    assert gerd["value"].tolist() == [0.91, 1.41]  # as published, not combined
    assert gerd["eu_of"].tolist() == ["EU27_2020 (2013)"] * 2
    hrst = figures[figures["indicator"].str.startswith("Human resources")]
    assert len(hrst) == 1 and hrst["note"].iloc[0] == ""  # its own NUTS 1 figure
    gdp = figures[figures["indicator"] == "GDP per inhabitant in PPS, % of EU28 average"]
    assert gdp["eu_of"].tolist() == ["EU28 (2014)"] * 2
    captions = texts(at.caption)
    assert any("never added up or averaged" in c for c in captions)
    assert any("flags were kept only in the extracts of “GDP per inhabitant in PPS”" in c
               for c in captions)  # fmt: skip


def test_flags_show_in_hover_and_legend() -> None:
    # Only the GDP extract kept flags: Finnish and Hungarian 2013 figures are estimates (e).
    at = run(PAGE, ind="gdp_pps_pc_eu28", year="2013")
    bars = [t for t in _ranking_spec(at)["data"] if t["type"] == "bar"]
    whens = [when for when, _note in bars[0]["customdata"]]
    assert "2013; e: estimated" in whens and "2013" in whens
    shown = [c.replace("\\", "") for c in texts(at.caption)]  # Markdown escapes of plain text
    assert "Eurostat flags: e: estimated." in shown
