"""The indicator comparison and the profile's indicators, as AppTest sees them: real figures
where Eurostat has them, "no data" where it has none, and links that restore the view."""

from __future__ import annotations

import math

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
    # France published no NUTS 1 R&D figure for Hauts-de-France (FRE) in NUTS 2021 codes.
    at = run(PAGE, q="Hauts-de-France")
    assert any("No data for: Hauts-de-France" in c for c in texts(at.caption))


def test_profile_shows_indicators_with_their_basis() -> None:
    at = run("pages/profile.py", id="se-dalarna")
    figures = frame_with(at, "trend")
    gerd = figures[figures["indicator"].str.startswith("R&D expenditure")].iloc[0]
    assert math.isclose(gerd["value"], 1.27)
    assert gerd["year"] == 2019
    assert "Norra Mellansverige, which contains Dalarna" in gerd["note"]


def test_profile_keeps_missing_figures_missing() -> None:
    at = run("pages/profile.py", id="fr-hauts-de-france")
    figures = frame_with(at, "trend")
    gerd = figures[figures["indicator"].str.startswith("R&D expenditure")].iloc[0]
    assert math.isnan(gerd["value"])
    assert "no figure published" in gerd["note"]
