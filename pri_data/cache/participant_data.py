"""Cached participant data: the validated files, the filtered selection and the frames the
participant pages show (``st.cache_data``: each call gets a copy)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from pri_data import display_frames, load, summary
from pri_data.cache.session import ONE, PER_CODE, PER_FILTER, answer_per_session
from pri_data.filters import Filters, allowed_values, apply_filters
from pri_data.i18n import translator_for

SHARED_ONLY = frozenset({"announced", "announced_table", "nuts_name"})  # read no participant


@st.cache_data(**ONE)
def participants() -> pd.DataFrame:
    """Validated participants with their group ids and names."""
    return load.participants_with_groups()


@st.cache_data(**ONE)
def groups() -> pd.DataFrame:
    return load.load_groups()


@st.cache_data(**ONE)
def memberships() -> pd.DataFrame:
    return load.load_memberships()


@st.cache_data(**ONE)
def announced_table() -> pd.DataFrame:
    """The announced totals with their source, date and quote (announced.csv, validated)."""
    return load.load_announced()


@st.cache_data(**ONE)
def announced() -> dict[str, int]:
    return summary.announced_totals(load.load_announced())


@st.cache_data(**ONE)
def group_names() -> dict[str, str]:
    frame = groups()
    return dict(zip(frame["id"], frame["name"], strict=True))


@st.cache_data(**ONE)
def filter_options() -> dict[str, tuple]:
    return allowed_values(participants(), groups()["id"])


@st.cache_data(**PER_FILTER)
def filtered(filters: Filters) -> pd.DataFrame:
    """Participants matching ``filters`` (hashable frozen dataclass)."""
    return apply_filters(participants(), filters)


@st.cache_data(**PER_FILTER)
def display(filters: Filters, color_by: str, lang: str = "en") -> pd.DataFrame:
    """``display_frames.display_frame`` of the filtered participants, labelled in ``lang``."""
    return display_frames.display_frame(filtered(filters), groups(), color_by, translator_for(lang))


@st.cache_data(**ONE)
def network_gap() -> tuple[int, int, int]:
    """(networks announced, networks identified, consortia named) from the data."""
    kinds = groups()["kind"]
    return (
        announced().get("networks", 0),
        int((kinds == "network").sum()),
        int((kinds == "consortium").sum()),
    )


@st.cache_data(**PER_FILTER)
def groups_in_view(filters: Filters) -> tuple[str, ...]:
    """Group ids with a member in the current selection (only the chosen ones when the group
    filter is set), in file order; 'individual' last when it is in the selection."""
    present = set(filtered(filters)["group_ids"].explode())
    if filters.groups:
        present &= set(filters.groups)
    ids = [g for g in groups()["id"] if g in present]
    return (*ids, load.INDIVIDUAL) if load.INDIVIDUAL in present else tuple(ids)


@st.cache_data(**PER_FILTER)
def group_members(filters: Filters, group_id: str, lang: str = "en") -> pd.DataFrame:
    """The members of one group (or 'individual') in the current selection, for display."""
    return display(replace(filters, groups=(group_id,)), "type", lang)


@st.cache_data(**PER_CODE)
def nuts_name(nuts_code: str) -> str:
    """The NUTS 2021 name of a code ('' when unknown)."""
    from geo.nuts import nuts_names  # lazy: geo (geopandas) loads only for a profile

    return nuts_names().get(nuts_code, "")


answer_per_session(globals(), SHARED_ONLY)
