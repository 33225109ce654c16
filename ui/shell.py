"""What every page shares: the frame ``app.py`` builds before the page runs (data-error screen,
notices), the sidebar it builds after (language, filters and presentation), the page's heading
(or the presentation bar and title line), the no-match notice, the press sentence and the
footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NoReturn

import pandas as pd
import streamlit as st

from pri_data import cache, licences, problem_text, selection
from pri_data.errors import DataValidationError, Problem
from pri_data.filters import Filters
from pri_data.i18n import Translator
from pri_data.sources import RELEASE_DATE, RELEASE_URL
from pri_data.text import plain  # noqa: F401  (pages call shell.plain)
from ui import copy, i18n, layout, own_list, present, state, urls
from ui.i18n import _
from ui.steps import PRESENT_PARAM, STEP_PARAM, ignored_step_params

_VIEW, _HEADING, _PRESS_DONE = "_shell_view", "_shell_heading", "_shell_press_done"
WITHOUT_FILTERS = ("about", "upload")  # pages the filters do not change: no filters in the sidebar


@dataclass(frozen=True)
class View:
    """What the frame read from the URL: the filters and the participants they select."""

    filters: Filters
    selected: pd.DataFrame
    everyone: pd.DataFrame

    @property
    def label(self) -> str:
        """The selection named by every active filter: 'Cities 4.0 Consortium in Finland'."""
        return self.label_in(i18n.translator())

    def label_in(self, tr: Translator) -> str:
        """``label`` in the language of ``tr`` (also outside a session: ``ui.warm``)."""
        return selection.label(self.filters, cache.group_names(), tr)

    @property
    def title_line(self) -> str:
        """'Cities 4.0 Consortium in Finland — 2 of its 6 cities', in the UI language."""
        return self.title_line_in(i18n.translator())

    def title_line_in(self, tr: Translator) -> str:
        """``title_line`` in the language of ``tr`` (also outside a session: ``ui.warm``)."""
        return selection.title_line(
            self.selected,
            self.label_in(tr),
            tr,
            whole=selection.whole_groups(self.everyone, self.filters),
            name_countries=not self.filters.countries,
        )

    @property
    def is_empty(self) -> bool:
        return self.selected.empty


def _data_error(problems: list[Problem]) -> None:
    """The one data-problem screen of every page: plain text (st.code), never Markdown."""
    st.error(
        _("The data failed its checks, so nothing is shown. Problems: {n}").format(
            n=len(problems)
        )
    )
    st.text(
        _(
            "Fix each value below in the file named, on the line given (or restore the file "
            "from the repository), then reload the page. The command python -m pri_data check "
            "lists the same problems."
        )
    )
    tr = i18n.translator()  # fixed words translated; file, line, field and value as data
    st.code("\n".join(problem_text.describe_data_problem(p, tr) for p in problems), language=None)
    st.stop()


def frame() -> None:
    """What every page shares, built once per run by ``app.py`` before the page runs: the
    language, the data check (the data-error screen stops the run), the URL's filters, the
    page style (or, with ``?present=1``, the presentation style), the own-list banner and the
    notices for ignored link values (the sidebar comes after the page: ``sidebar``). The page's
    heading goes in a slot kept above the notices (``heading``); the page reads the filters and
    participants with ``view()``."""
    state.sync_lang()
    params = {k: st.query_params.get(k) for k in (PRESENT_PARAM, STEP_PARAM)}
    given = {k: v for k, v in params.items() if v is not None}  # before the bar rewrites step
    urls.show_in_browser()
    st.session_state[_PRESS_DONE] = False
    if problems := cache.data_problems():
        _data_error(problems)
    try:
        everyone = cache.participants()
        filters, notices = state.current_filters()
    except DataValidationError as exc:
        _data_error(exc.problems)
        raise  # unreachable: st.stop() ends the run
    st.session_state[_VIEW] = View(filters, cache.filtered(filters), everyone)
    st.session_state[_HEADING] = st.container()
    if present.is_presenting():
        present.apply_style()
    else:
        layout.add_style()
    own_list.banner()
    if notice := i18n.lang_notice():
        notices = [notice, *notices]
    notices += ignored_step_params(
        present.steps(), urls.current_page(), given, i18n.translator()
    )
    notices += urls.unknown_params(i18n.translator())
    for notice in notices:
        st.info(plain(notice), icon="ℹ️")  # notices repeat link values: shown as typed


def sidebar() -> None:
    """The sidebar: page links, language, filters and presentation, built by ``app.py`` after the
    page (also when the page ended early: ``stop``). Streamlit's frontend loads its widgets' code
    last on a fresh page, so the page's own elements, the map first, travel before them. The
    dropdowns' "No results" in the UI language comes here too, after the page."""
    if i18n.current_lang() != i18n.DEFAULT_LANG:  # Streamlit's own words are English
        layout.no_results_words(_("No results"))
    if present.is_presenting():
        return
    urls.navigation_links()
    state.language_selector()
    if urls.current_page() not in WITHOUT_FILTERS:
        state.sidebar_filters(view().filters)
    present.sidebar_section()


class PageDone(Exception):
    """Raised by ``stop``: the page has shown all it can; ``app.py`` still builds the sidebar."""


def stop() -> NoReturn:
    """End the page here (e.g. nothing matches the filters). Unlike ``st.stop``, which ends the
    whole run, the sidebar still follows (``app.py``)."""
    raise PageDone


def heading(title: str, *, present_title: Callable[[View], str | None] | None = None) -> None:
    """The page's heading, above the frame's notices. With ``?present=1``: the presentation bar
    and one title line, ``present_title(view)`` (e.g. a profile's name) or the selection's.
    ``app.py`` builds the frame first (``frame``); a page file run on its own has none."""
    slot = st.session_state.pop(_HEADING, None)  # the frame sets it each run; this takes it
    if slot is None:
        raise RuntimeError("run the app with `streamlit run app.py`: it builds the page frame")
    with slot:
        if present.is_presenting():
            present.presentation_bar(urls.current_page(), title)
            own = present_title(view()) if present_title else None
            st.title(plain(own or view().title_line))
        else:
            st.title(title)


def view() -> View:
    """The filters and the participants they select, as the frame read them this run."""
    return st.session_state[_VIEW]


def no_match(view: View) -> bool:
    """One clear notice in place of empty charts and sentences; True when nothing matches."""
    if not view.is_empty:
        return False
    st.info(
        _("No named participant matches the filters: {label}.").format(label=plain(view.label)),
        icon="ℹ️",
    )
    return True


def press_summary(view: View | None = None) -> None:
    """One or two sentences on the current selection, in the UI language, with a visible Copy
    button beside them. ``footer`` shows it on pages that did not place it themselves."""
    view = view or st.session_state.get(_VIEW)
    if view is None or present.is_presenting():  # a presented step shows its figure only
        return
    st.session_state[_PRESS_DONE] = True
    st.subheader(_("In one sentence"))
    st.caption(
        _("Generated from the data and the current filters; copy it with the button on the right.")
    )
    sentence = selection.press_sentence(
        view.selected,
        view.everyone,
        cache.announced(),
        view.filters,
        cache.group_names(),
        own_list.translator(),
    )
    copy.sentence_with_copy(sentence, key="press_sentence")


def footer() -> None:
    """The press sentence (unless the page placed it), sources and attribution, on every page
    but a presented step (its figures carry their own source line)."""
    if present.is_presenting():
        return
    if not st.session_state.get(_PRESS_DONE):
        press_summary()
    st.divider()
    participants = own_list.footer_text() or _(
        "Participants: compiled from the European Commission's release of {date} "
        "([source]({url})) and regional, network and liaison-office pages; every row "
        "cites its sources (see *About the data*)."
    ).format(date=i18n.format_date(date.fromisoformat(RELEASE_DATE)), url=RELEASE_URL)
    st.caption(participants + " " + licences.footer_attribution(i18n.translator()))
