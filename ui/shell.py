"""What every page shares: data-error screen, heading (or the presentation bar and title line),
sidebar (language, filters, presentation), notices, the press sentence, footer."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from geo.nuts import ATTRIBUTION
from pri_data import cache, labels, summary
from pri_data.errors import DataValidationError
from pri_data.filters import Filters
from pri_data.sources import RELEASE_DATE, RELEASE_URL
from ui import i18n, own_list, present, state
from ui.i18n import _

REPO = Path(__file__).resolve().parent.parent
_VIEW, _PRESS_DONE = "_shell_view", "_shell_press_done"


@dataclass(frozen=True)
class View:
    """What a page gets from ``page_start``: the filters and the participants they select."""

    filters: Filters
    selected: pd.DataFrame
    everyone: pd.DataFrame

    @property
    def label(self) -> str:
        """A short name for the selection, for titles and sentences."""
        names = labels.group_names_with_individual(
            cache.group_names(), i18n.translator(), labels.INDIVIDUAL_PARTICIPANTS
        )
        if len(self.filters.groups) == 1:
            return names.get(self.filters.groups[0], self.filters.groups[0])
        if self.filters.is_empty():
            return _("All named participants")
        return _("Filtered participants")

    @property
    def title_line(self) -> str:
        """'Cities 4.0 Consortium — 6 cities in 5 Member States', in the UI language."""
        return summary.selection_title(self.selected, self.label, i18n.translator())


def _data_error(exc: DataValidationError) -> None:
    st.error(
        _("The data failed its checks, so nothing is shown. Problems: {n}").format(
            n=len(exc.problems)
        )
    )
    st.code("\n".join(str(p) for p in exc.problems), language=None)
    st.stop()


def _caller_page(depth: int = 2) -> str:
    """The page file that called (e.g. 'pages/map.py'), to place it in the guided sequence."""
    path = Path(sys._getframe(depth).f_code.co_filename).resolve()
    return path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name


def page_start(title: str, *, filters_in_sidebar: bool = True) -> View:
    """Heading, URL-driven filters and their notices; stops with a clear message on bad data.
    With ``?present=1`` the sidebar is hidden and the page opens with the presentation bar and
    the selection as its title line."""
    state.sync_lang()
    page = _caller_page()
    st.session_state[_PRESS_DONE] = False
    try:
        everyone = cache.participants()
        filters, notices = state.current_filters()
    except DataValidationError as exc:
        _data_error(exc)
        raise  # unreachable: st.stop() ends the run
    view = View(filters, cache.filtered(filters), everyone)
    st.session_state[_VIEW] = view
    if present.is_presenting():
        present.apply_style()
        present.presentation_bar(page, title)
        st.title(view.title_line)
    else:
        st.title(title)
        state.language_selector()
        if filters_in_sidebar:
            state.sidebar_filters(filters)
        present.sidebar_section()
    own_list.banner()
    if notice := i18n.lang_notice():
        notices = [notice, *notices]
    for notice in notices:
        st.info(notice, icon="ℹ️")
    return view


def press_summary(view: View | None = None) -> None:
    """One or two sentences on the current selection, in the UI language, with a copy button
    (``st.code``'s). ``footer`` shows it on pages that did not place it themselves."""
    view = view or st.session_state.get(_VIEW)
    if view is None:
        return
    st.session_state[_PRESS_DONE] = True
    st.subheader(_("In one sentence"))
    st.caption(
        _("Generated from the data and the current filters; copy it with the button on the right.")
    )
    sentence = summary.press_sentence(
        view.selected, view.everyone, cache.announced(), view.label, i18n.translator()
    )
    st.code(sentence, language=None, wrap_lines=True)


def footer() -> None:
    """The press sentence (unless the page placed it), sources and attribution, on every page."""
    if not st.session_state.get(_PRESS_DONE):
        press_summary()
    st.divider()
    st.caption(
        _(
            "Participants: compiled from the European Commission's release of {date} "
            "([source]({url})) and regional, network and liaison-office pages; every row "
            "cites its sources (see *About the data*). Boundaries: Eurostat GISCO, NUTS 2021, "
            "{attribution}. Indicators: Source: Eurostat (CC BY 4.0)."
        ).format(
            date=i18n.format_date(date.fromisoformat(RELEASE_DATE)),
            url=RELEASE_URL,
            attribution=ATTRIBUTION,
        )
    )
