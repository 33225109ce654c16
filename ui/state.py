"""URL query parameters as the single source of a view's state, and the sidebar widgets bound to
them. A widget change writes the URL (one history entry, through ``ui.urls``); every run reads
the URL, so a copied link reopens the view and Back returns to the previous one. Nothing is
remembered outside the URL: every in-app link carries the filters (``ui.urls``)."""

from __future__ import annotations

import streamlit as st

from pri_data import cache, labels
from pri_data.filters import Filters, parse_filters, to_params
from pri_data.text import echo
from ui import i18n, urls
from ui.i18n import _
from ui.steps import LANG_PARAM, STEP_PARAM
from ui.urls import FILTER_PARAMS


def query_dict() -> dict[str, list[str]]:
    """All query parameters, each as the list of its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def type_label(participant_type: str) -> str:
    """'Region', 'City', 'Member State' in the UI language."""
    return labels.type_label(participant_type, i18n.translator())


def confidence_label(confidence: str) -> str:
    """'confirmed' / 'likely' in the UI language."""
    return labels.confidence_label(confidence, i18n.translator())


def sync_lang() -> None:
    """Keep ``?lang=`` in the URL after a sidebar page link dropped it, and remember the
    language for the next page switch (``i18n.current_lang`` falls back to it)."""
    lang = i18n.current_lang()
    if LANG_PARAM not in st.query_params and lang != i18n.DEFAULT_LANG:
        urls.update_view({LANG_PARAM: lang})
    st.session_state[i18n.REMEMBERED_LANG] = lang


def _on_lang_change() -> None:
    lang = st.session_state["lang_select"]
    st.session_state[i18n.REMEMBERED_LANG] = lang
    urls.update_view({LANG_PARAM: None if lang == i18n.DEFAULT_LANG else lang})


def language_selector() -> None:
    """The sidebar's language choice; it writes ``?lang=``."""
    st.session_state["lang_select"] = i18n.current_lang()
    st.sidebar.selectbox(
        _("Language"),
        list(i18n.LANGUAGES),
        key="lang_select",
        format_func=i18n.LANGUAGES.get,
        on_change=_on_lang_change,
    )


def current_filters() -> tuple[Filters, list[str]]:
    """Filters from the URL plus a notice for every ignored value."""
    return parse_filters(query_dict(), cache.filter_options(), i18n.translator())


def write_filters(filters: Filters) -> None:
    """Replace the filter params in the URL with ``filters`` (other params stay), in one write:
    one history entry. A filter change leaves a guided step, so ``step`` goes too."""
    params = to_params(filters)
    urls.update_view({key: params.get(key) for key in (*FILTER_PARAMS, STEP_PARAM)})


def _from_widgets() -> Filters:
    ss = st.session_state
    return Filters(
        groups=tuple(ss.get("f_group", ())),
        countries=tuple(ss.get("f_country", ())),
        types=tuple(ss.get("f_type", ())),
        confidence=tuple(ss.get("f_confidence", ())),
        query=ss.get("f_q", "").strip(),
    )


def _on_change() -> None:
    write_filters(_from_widgets())


def sidebar_filters(filters: Filters) -> None:
    """Sidebar widgets showing ``filters``; changing one rewrites the URL and reruns."""
    options = cache.filter_options()
    names = labels.group_names_with_individual(
        cache.group_names(), i18n.translator(), labels.INDIVIDUAL_NO_GROUP
    )
    ss = st.session_state
    ss["f_group"], ss["f_country"] = list(filters.groups), list(filters.countries)
    ss["f_type"], ss["f_confidence"] = list(filters.types), list(filters.confidence)
    ss["f_q"] = filters.query
    with st.sidebar:
        st.header(_("Filters"))
        for label, option, format_func, help_text in (
            (_("Network or consortium"), "group", lambda g: names.get(g, g), None),
            (_("Country"), "country", i18n.country, None),
            (_("Participant type"), "type", type_label, None),
            (_("Confidence"), "confidence", confidence_label, _(labels.CONFIDENCE_HELP)),
        ):
            st.multiselect(
                label,
                options[option],
                key=f"f_{option}",  # f_group, f_country, f_type, f_confidence
                format_func=format_func,
                on_change=_on_change,
                placeholder=_("All"),
                help=help_text,
                # Streamlit's "Select all" row is English in every language, and picking every
                # option only spells out what an empty filter ("All") already means.
                select_all=False,
            )
        st.text_input(_("Search names"), key="f_q", on_change=_on_change, max_chars=80)
        # Always there, disabled when there is nothing to clear: the sidebar keeps its layout,
        # and the button's code is loaded with the page. Added by the first filter instead, it
        # was loaded then, and Streamlit showed that run's map only once it had loaded
        # (60-100 ms under load).
        st.button(
            _("Clear filters"),
            key="f_clear",
            on_click=write_filters,
            args=(Filters(),),
            disabled=filters.is_empty(),
        )


def selected_participant() -> tuple[str | None, str | None]:
    """The participant id in the URL (``?id=``), and a notice if it names no participant."""
    pid = st.query_params.get("id")
    if pid is None:
        return None, None
    if pid in set(cache.participants()["id"]):
        return pid, None
    return None, _("Ignored unknown participant id in the link: {pid}").format(pid=echo(pid))
