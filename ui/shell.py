"""What every page shares: data-error screen, heading, sidebar filters, notices, footer."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from geo.nuts import ATTRIBUTION
from pri_data import cache
from pri_data.errors import DataValidationError
from pri_data.filters import Filters
from pri_data.sources import RELEASE_URL
from ui import state


@dataclass(frozen=True)
class View:
    """What a page gets from ``page_start``: the filters and the participants they select."""

    filters: Filters
    selected: pd.DataFrame
    everyone: pd.DataFrame

    @property
    def label(self) -> str:
        """A short name for the selection, for titles and sentences."""
        names = {**cache.group_names(), "individual": "Individual participants"}
        if len(self.filters.groups) == 1:
            return names.get(self.filters.groups[0], self.filters.groups[0])
        return "All named participants" if self.filters.is_empty() else "Filtered participants"


def _data_error(exc: DataValidationError) -> None:
    st.error(f"The data failed its checks, so nothing is shown. {len(exc.problems)} problem(s):")
    st.code("\n".join(str(p) for p in exc.problems), language=None)
    st.stop()


def page_start(title: str, *, filters_in_sidebar: bool = True) -> View:
    """Heading, URL-driven filters and their notices; stops with a clear message on bad data."""
    try:
        everyone = cache.participants()
        filters, notices = state.current_filters()
    except DataValidationError as exc:
        _data_error(exc)
        raise  # unreachable: st.stop() ends the run
    st.title(title)
    for notice in notices:
        st.info(notice, icon="ℹ️")
    if filters_in_sidebar:
        state.sidebar_filters(filters)
    return View(filters, cache.filtered(filters), everyone)


def footer() -> None:
    """Sources and attribution, on every page."""
    st.divider()
    st.caption(
        "Participants: compiled from the European Commission's release of 17 May 2022 "
        f"([source]({RELEASE_URL})) and regional, network and liaison-office pages; every row "
        "cites its sources (see *About the data*). Boundaries: Eurostat GISCO, NUTS 2021, "
        f"{ATTRIBUTION}. Indicators: Source: Eurostat (CC BY 4.0)."
    )
