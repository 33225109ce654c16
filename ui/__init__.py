"""Streamlit-facing helpers shared by every page: URL state, sidebar filters, header and footer."""

import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.pages_manager import PagesManager


def _leave_legacy_pages_mode() -> None:
    """A fresh server that sees a ``pages/`` folder runs its first session in Streamlit's legacy
    multipage mode: a deep link such as ``/map`` then runs the page without ``app.py`` (no wide
    layout, no navigation). ``app.py``'s ``st.navigation`` ends that mode for the process; do it
    here too, and rerun, so even the first link opened after a restart shows the real app. When
    ``serve.py`` imports this at the server's start, before any session, no session will enter
    that mode."""
    legacy = PagesManager.uses_pages_directory  # None: no session yet (a start: ui.warm)
    PagesManager.uses_pages_directory = False
    if legacy:
        st.rerun()


class RoutedPage(StreamlitPage):
    """An ``st.Page`` that answers at its own ``url_path`` even when it is the default page.

    Streamlit serves the default page at ``/`` and reports its pathname as ``""``, so a link to
    ``/overview`` (its file name, which the deep-link fix above relies on) ends in "Page not
    found". The pathname is read from this property when the page registry is built, and ``/``
    still falls back to the default page. Private attribute ``_url_path``; tested by
    tests/browser/test_deep_link_browser.py and tests/ui/test_pages.py."""

    @property
    def url_path(self) -> str:
        return self._url_path


_leave_legacy_pages_mode()
