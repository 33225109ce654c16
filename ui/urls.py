"""Every in-app link and every change of the view's URL, built in one place.

The URL's query parameters are the view's state. A link to another page carries the state that
belongs to the whole app (the filters, ``lang`` and ``present``) and drops what belonged to the
page it leaves (``id`` of a profile, ``step`` of the sequence, a chart's ``ind``), and what the
view ignored (an unknown group, ``lang=xx``, ``present=yes``), so a copied link is always clean.
Links open in the same tab (``st.page_link`` / ``st.switch_page``).

A change of the view is written with one ``st.query_params.from_dict`` call: Streamlit adds one
browser-history entry per write, so each filter change is one entry and Back returns to the
previous view, "no filters" included.

Pages are named by their ``url_path`` ("map", "profile"); their file is ``pages/<name>.py``.
``app.py`` records the page ``st.navigation`` returned (``remember_page``); a page file run on
its own (AppTest) has none, and links then fall back to Markdown links.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

import streamlit as st

from pri_data import cache
from pri_data.filters import LIST_PARAMS, parse_filters, to_params
from pri_data.i18n import ENGLISH, LANGUAGES, N_, Translator
from pri_data.text import echo
from ui.steps import LANG_PARAM, PRESENT_PARAM, STEP_PARAM

FILTER_PARAMS = (*LIST_PARAMS, "q")
# Every parameter some page reads (tests/ui/test_urls.py finds the names the code reads): the
# app-wide ones, the profile's id, the map's colour (and the old focus) and the comparison's
# indicators and year. Any other name gets a notice.
KNOWN_PARAMS = frozenset(
    {*FILTER_PARAMS, LANG_PARAM, PRESENT_PARAM, STEP_PARAM, "id", "color", "focus", "ind",
     "ind2", "year"}
)  # fmt: skip
UNKNOWN_PARAM = N_("Ignored unknown parameter {name} in the link: {value}")
_PAGE = "_urls_page"  # session key: the url_path of the page st.navigation returned this run
_NAV = "_urls_nav"  # session key: [(url_path, title)] of the navigation, in order
_SHOWN = "_urls_shown"  # session key: (page, query) the browser was last sent (show_in_browser)
NAV_KEY = "pri_nav"  # the sidebar navigation's container key


def page_file(name: str) -> str:
    """The script of page ``name``: 'map' -> 'pages/map.py'."""
    return f"pages/{name}.py"


def remember_page(pages: list, current) -> None:
    """Called by app.py with its st.Page list and the page ``st.navigation`` returned."""
    st.session_state[_PAGE] = current.url_path
    st.session_state[_NAV] = [(p.url_path, p.title) for p in pages]


def current_page() -> str | None:
    """The running page's name ('map'), or None when a page file runs without app.py."""
    return st.session_state.get(_PAGE)


def _params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def unknown_params(tr: Translator = ENGLISH) -> list[str]:
    """A notice per query parameter no page reads (``?foo=1``, a mistyped ``?grup=x``), naming
    it and its value as typed (shortened, quoted: shown as plain text)."""
    return [
        tr.gettext(UNKNOWN_PARAM).format(name=echo(name), value=echo(", ".join(values)))
        for name, values in _params().items()
        if name not in KNOWN_PARAMS
    ]


def carried(*, present: bool = True) -> dict[str, list[str]]:
    """The app-wide state the current view uses: filters, ``lang`` and (unless
    ``present=False``) ``present``. A value the view ignored (and named in a notice) is not
    carried: an unknown group or country, a search text over the limit, ``lang=xx``,
    ``present=yes``."""
    filters, _notices = parse_filters(_params(), cache.filter_options())
    state = {key: [value] for key, value in to_params(filters).items()}
    if (lang := st.query_params.get(LANG_PARAM)) in LANGUAGES:
        state[LANG_PARAM] = [lang]
    if present and st.query_params.get(PRESENT_PARAM) == "1":
        state[PRESENT_PARAM] = ["1"]
    return state


def target_params(
    extra: Mapping[str, str | None] | None = None, *, carry: bool = True, present: bool = True
) -> dict[str, list[str]]:
    """Query parameters of a link: the carried state plus ``extra`` (None drops). Without
    ``carry`` only the language travels."""
    state = carried(present=present)
    if not carry:
        state = {k: v for k, v in state.items() if k == LANG_PARAM}
    extra = extra or {}
    params = {key: [value] for key, value in extra.items() if value is not None}
    params.update({k: v for k, v in state.items() if k not in extra})
    return params


def href(name: str, params: Mapping[str, list[str] | str]) -> str:
    """'networks?group=vanguard-initiative&lang=nl' (relative to the app root)."""
    query = urlencode({k: v for k, v in params.items() if v}, doseq=True)
    return name + (f"?{query}" if query else "")


def link(
    name: str,
    label: str,
    extra: Mapping[str, str | None] | None = None,
    *,
    carry: bool = True,
    present: bool = True,
    container=st,
    **kwargs,
) -> None:
    """A same-tab link to page ``name`` carrying the view's state plus ``extra``. ``label`` is
    shown as Markdown by Streamlit: pass text from data through ``shell.plain``."""
    params = target_params(extra, carry=carry, present=present)
    if current_page() is None:  # a page file run on its own: no navigation to link into
        container.markdown(f"[{label}]({href(name, params)})")
        return
    container.page_link(page_file(name), label=label, query_params=params, **kwargs)


def switch(name: str, extra: Mapping[str, str | None] | None = None) -> None:
    """Open page ``name`` with the view's state plus ``extra`` (e.g. a profile's ``id``)."""
    st.switch_page(page_file(name), query_params=target_params(extra))


def set_view(params: Mapping[str, list[str] | str]) -> None:
    """Replace the whole query string in one write: one history entry, none when unchanged."""
    wanted = {k: list(v) if isinstance(v, list | tuple) else [v] for k, v in params.items() if v}
    if wanted != _params():
        st.query_params.from_dict(wanted)
        _note_shown()


def update_view(changes: Mapping[str, str | list[str] | None]) -> None:
    """Change some parameters of the current view (None removes one) in one write."""
    params: dict[str, list[str] | str] = dict(_params())
    for key, value in changes.items():
        if value is None or value == [] or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    set_view(params)


def _shown_key() -> tuple[str | None, list[tuple[str, list[str]]]]:
    return current_page(), sorted(_params().items())


def _note_shown() -> None:
    """The browser now shows this page and query string (we sent it, or it sent it to us)."""
    st.session_state[_SHOWN] = _shown_key()


def show_in_browser() -> None:
    """Send the query string to the browser when it may show another one. A same-page
    st.page_link with other parameters (the map of one network -> the next one) reruns the page
    but leaves the old address in the browser. Every other write goes through ``set_view``, which
    notes what it sent, so a filter change is written once, not twice (each write re-renders the
    page). A run with the page and query string last noted sends nothing; any other (a new
    session, another page, a link, Back) sends it once (no history entry when unchanged)."""
    if st.session_state.get(_SHOWN) != _shown_key():
        st.query_params.from_dict(_params())
        _note_shown()


def navigation_links() -> None:
    """The sidebar's page list, each link carrying the filters and language (st.navigation is
    hidden: its own links drop the query string)."""
    params = target_params(present=False)
    box = st.sidebar.container(key=NAV_KEY)  # class "st-key-pri_nav" (tests find it by that)
    for name, title in st.session_state.get(_NAV, []):
        box.page_link(page_file(name), label=title, query_params=params)
