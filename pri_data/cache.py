"""The one place in pri_data that caches for Streamlit: tables via ``st.cache_data`` (each call
gets a copy). Built maps are cached where they are shown (``ui.map_component``)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from pri_data import dataset, display_frames, load, summary
from pri_data.dataset import Dataset
from pri_data.filters import Filters, allowed_values, apply_filters
from pri_data.i18n import ENGLISH, Translator, translator_for

# Functions are named for what they return. The modules behind them are imported inside each
# function on purpose: every page imports this module, and a page then loads only the modules it
# uses (indicators, export, check and upload together add ~0.6 s to a cold start on 2 cores).


# Every cache is bounded (entries and age): memory stays flat however many filter combinations
# sessions try. Tables are small (tens to hundreds of rows); the map figures have their own bounds.
HOUR = 3600
ONE = {"show_spinner": False, "max_entries": 2, "ttl": 24 * HOUR}  # whole files, loaded once
PER_FILTER = {"show_spinner": False, "max_entries": 128, "ttl": HOUR}  # one per filter combination
PER_EXPORT = {"show_spinner": False, "max_entries": 16, "ttl": HOUR}  # CSV and Excel bytes
PER_INDICATOR = {"show_spinner": False, "max_entries": 256, "ttl": 24 * HOUR}  # indicator x year
PER_CODE = {"show_spinner": False, "max_entries": 512, "ttl": 24 * HOUR}  # one per unit or id


@st.cache_data(**ONE)
def _data_problems(stamp: tuple) -> list:
    from pri_data.check import collect_problems

    return collect_problems()


def data_problems() -> list:
    """Every problem in every file the app reads (``pri_data.errors.Problem``), checked again
    when any file changes: pages show these instead of running on broken data."""
    from pri_data.check import files_stamp

    return _data_problems(files_stamp())


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


# --- Participants, Networks, Region profile and About pages -----------------------------------


@st.cache_data(**ONE)
def announced_table() -> pd.DataFrame:
    """The announced totals with their source, date and quote (announced.csv, validated)."""
    return load.load_announced()


@st.cache_data(**ONE)
def data_sources() -> tuple:
    """Every data file's provenance with the dates the data itself records (sources.py)."""
    from pri_data.sources import dated_sources

    extracted = indicator_catalog()["extracted"].astype(str)
    return dated_sources(extracted, announced_table()["source_date"].astype(str))


@st.cache_data(**ONE)
def network_gap() -> tuple[int, int, int]:
    """(networks announced, networks identified, consortia named) from the data."""
    kinds = groups()["kind"]
    return (
        announced().get("networks", 0),
        int((kinds == "network").sum()),
        int((kinds == "consortium").sum()),
    )


@st.cache_data(**PER_EXPORT)
def export_table(filters: Filters, lang: str = "en") -> pd.DataFrame:
    """The filtered participants as the readable table the Participants page shows and exports
    (English column keys; cells in ``lang``)."""
    from pri_data import export

    return export.export_frame(filtered(filters), group_names(), translator_for(lang))


@st.cache_data(**PER_EXPORT)
def export_files(filters: Filters, lang: str = "en") -> tuple[bytes, bytes]:
    """(CSV bytes, Excel bytes) of ``export_table(filters)`` with headers in ``lang``; Excel
    carries an 'About' sheet."""
    from pri_data import export

    tr = translator_for(lang)
    frame = export_table(filters, lang)
    description = export.describe_filters(filters, group_names(), tr)
    if isinstance(own := dataset.active(), Dataset):  # the About sheet names an uploaded list
        note = tr.gettext(dataset.OWN_LIST_NOTE).format(files=", ".join(own.file_names))
        description = f"{note} {description}"
    return (
        export.to_csv_bytes(export.localized(frame, tr)),
        export.to_excel_bytes(frame, description, data_sources(), tr),
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
    from dataclasses import replace

    return display(replace(filters, groups=(group_id,)), "type", lang)


@st.cache_data(**PER_CODE)
def nuts_name(nuts_code: str) -> str:
    """The NUTS 2021 name of a code ('' when unknown)."""
    from geo.nuts import nuts_names

    return nuts_names().get(nuts_code, "")


# --- Indicator comparison -------------------------------------------------------------------


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
    from pri_data.indicators import ranking_parts as parts

    tr = translator_for(lang)
    return parts(display(filters, "network", lang), indicator_id, year, tr)


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


@st.cache_data(show_spinner=False, max_entries=8)
def template_file(lang: str, _tr: Translator = ENGLISH) -> bytes:
    """The template workbook to fill in: always the public list (``lang`` keys the cache)."""
    from pri_data.upload_template import template_xlsx

    with dataset.using(dataset.PUBLIC):
        return template_xlsx(participants(), groups(), memberships(), _tr)


# --- Per-session dataset (issue #15: "Your own list") ---------------------------------------
# Every cached function above answers for the session's dataset. For the public list it is the
# shared cache, unchanged and warm. For a list the session uploaded it is the function's own body,
# remembered in that session's Dataset (st.session_state): an upload never enters the shared
# caches, so no other session can see it and it goes when the session ends. A new function is
# wrapped unless listed in SHARED_ONLY (functions that read no participant data).
SESSION_KEY = "_own_dataset"  # st.session_state: the uploaded Dataset in use, if any
SHARED_ONLY = frozenset(
    {
        "announced", "announced_table", "nuts_name", "indicator_catalog", "indicator_years",
        "eu_value", "indicator_map_values", "indicators_left_out", "template_file",
        "_data_problems",  # the public files' problems (reliability: checks files, not a list)
    }
)  # fmt: skip
_BASE = {
    "participants": lambda ds: ds.participants,
    "groups": lambda ds: ds.groups,
    "memberships": lambda ds: ds.memberships,
}


def session_dataset() -> Dataset | None:
    """The uploaded dataset this session uses, or None for the public list."""
    try:
        value = st.session_state.get(SESSION_KEY)
    except Exception:  # outside a Streamlit run (plain scripts, unit tests)
        return None
    return value if isinstance(value, Dataset) else None


def _per_session(name: str, cached: Callable[..., Any]) -> Callable[..., Any]:
    """``cached`` for the public list; for an uploaded one, its body memoised in the Dataset
    by the arguments Streamlit would hash (those not starting with '_')."""
    body = cached.__wrapped__
    signature = inspect.signature(body)

    @functools.wraps(body)
    def run(*args: Any, **kwargs: Any) -> Any:
        current = dataset.active() or session_dataset() or dataset.PUBLIC
        if not isinstance(current, Dataset):
            with dataset.using(dataset.PUBLIC):
                return cached(*args, **kwargs)
        with dataset.using(current):
            if name in _BASE:
                return _BASE[name](current).copy()
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            key = tuple((k, v) for k, v in bound.arguments.items() if not k.startswith("_"))
            value = current.remember(name, key, lambda: body(*args, **kwargs))
        return value.copy() if isinstance(value, pd.DataFrame) else value

    run.shared = cached  # the public cache itself, e.g. for .clear()
    return run


def _wrap_module() -> None:
    for name, value in list(globals().items()):
        is_cached = callable(getattr(value, "__wrapped__", None)) and hasattr(value, "clear")
        if is_cached and name not in SHARED_ONLY:  # a Streamlit cached function
            globals()[name] = _per_session(name, value)


_wrap_module()
