"""Cached indicator frames for the comparison and profile pages (``st.cache_data``).

``pri_data.indicators`` is imported inside each function on purpose: every page imports the
cache, and only the two indicator pages then pay for loading the indicator modules (with
export, check and upload they add ~0.6 s to a cold start on 2 cores)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pri_data import display_frames
from pri_data.cache.participant_data import display, filtered, group_names, groups, participants
from pri_data.cache.session import ONE, PER_CODE, PER_FILTER, PER_INDICATOR, answer_per_session
from pri_data.filters import Filters
from pri_data.i18n import translator_for

SHARED_ONLY = frozenset(
    {"indicator_catalog", "indicator_years", "eu_value", "indicator_map_values",
     "indicators_left_out"}
)  # fmt: skip  (read no participant data)


@st.cache_data(**ONE)
def indicator_catalog() -> pd.DataFrame:
    from pri_data.indicators import load_indicator_catalog

    return load_indicator_catalog().set_index("indicator_id", drop=False)


@st.cache_data(**PER_INDICATOR)
def indicator_years(indicator_id: str) -> list[int]:
    from pri_data.indicators import available_years

    return available_years(indicator_id)


@st.cache_data(**PER_INDICATOR)
def eu_value(indicator_id: str, year: int | None) -> tuple[float, int, str] | None:
    from pri_data import indicators

    return indicators.eu_value(indicator_id, year)


@st.cache_data(**PER_FILTER)
def region_groups(filters: Filters, lang: str = "en") -> dict[str, str]:
    """NUTS 2 regions in the territory of the filtered participants -> their group colour key
    (group names as published; 'Individual' in ``lang``)."""
    from pri_data.indicators import participant_region_groups

    return participant_region_groups(display(filters, "network", lang))


@st.cache_data(**PER_INDICATOR)
def indicator_map_values(indicator_id: str, year: int | None) -> pd.DataFrame:
    from pri_data.indicators import map_values

    return map_values(indicator_id, year)


@st.cache_data(**PER_FILTER)
def ranking(
    filters: Filters, indicator_id: str, year: int | None, lang: str = "en"
) -> pd.DataFrame:
    """One row per filtered participant with its figure; notes and categories in ``lang``."""
    from pri_data.indicators import ranking_frame

    tr = translator_for(lang)
    return ranking_frame(display(filters, "network", lang), indicator_id, year, tr)


@st.cache_data(**PER_FILTER)
def ranking_parts(
    filters: Filters, indicator_id: str, year: int | None, lang: str = "en"
) -> pd.DataFrame:
    """The NUTS 2 regions of filtered NUTS 0/1 participants with no figure of their own."""
    from pri_data.indicators import ranking_parts_frame

    tr = translator_for(lang)
    return ranking_parts_frame(display(filters, "network", lang), indicator_id, year, tr)


@st.cache_data(**PER_FILTER)
def ranking_eu(
    filters: Filters, indicator_id: str, year: int | None
) -> tuple[float, int, str] | None:
    """(value, year, aggregate) of the EU figure the ranking and the network table compare with:
    for "latest", the year most of the shown figures are from."""
    from pri_data.indicators import eu_reference

    own = ranking(filters, indicator_id, year)["year"]
    parts = ranking_parts(filters, indicator_id, year)["year"]
    return eu_reference(indicator_id, year, pd.concat([own, parts], ignore_index=True))


@st.cache_data(**PER_FILTER)
def scatter_frame(
    filters: Filters, x_id: str, y_id: str, year: int | None, lang: str = "en"
) -> pd.DataFrame:
    from pri_data.indicators import scatter_frame

    return scatter_frame(x_id, y_id, year, region_groups(filters, lang))


@st.cache_data(**PER_FILTER)
def distribution(filters: Filters, indicator_id: str, year: int | None) -> pd.DataFrame:
    from pri_data.indicators import distribution_frame

    return distribution_frame(indicator_map_values(indicator_id, year), region_groups(filters))


@st.cache_data(**PER_FILTER)
def network_summary(
    filters: Filters, indicator_id: str, year: int | None, lang: str = "en"
) -> pd.DataFrame:
    """Per network: members, how many have a figure, median and range, gap to the EU value."""
    from pri_data import indicators

    rows = indicators.network_rows(
        filtered(filters),
        ranking(filters, indicator_id, year, lang),
        group_names(),
        translator_for(lang),
    )
    eu = ranking_eu(filters, indicator_id, year)
    return indicators.network_table(rows, eu[0] if eu else None)


@st.cache_data(**PER_CODE)
def participant_indicators(participant_id: str, lang: str = "en") -> pd.DataFrame:
    """Every indicator of one participant; rank and note in ``lang``."""
    from pri_data import indicators

    frame = display_frames.display_frame(participants(), groups(), "network")
    return indicators.profile_indicators(frame[frame["id"] == participant_id], translator_for(lang))


@st.cache_data(**ONE)
def indicators_left_out() -> pd.DataFrame:
    from pri_data.indicators import left_out_summary

    return left_out_summary()


answer_per_session(globals(), SHARED_ONLY)
