"""Streamlit-facing helpers shared by every page: URL state, sidebar filters, header and footer."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def _leave_legacy_pages_mode() -> None:
    """A fresh server that sees a ``pages/`` folder runs its first session in Streamlit's legacy
    multipage mode: a deep link such as ``/map`` then runs the page without ``app.py`` (no wide
    layout, no navigation). ``app.py``'s ``st.navigation`` ends that mode for the process; do it
    here too, and rerun, so even the first link opened after a restart shows the real app."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_leave_legacy_pages_mode()
