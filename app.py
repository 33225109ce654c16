"""PRI dashboard: page config, navigation and the frame every page shares (``ui.shell.frame``).
Pages hold the layout; data comes from pri_data."""

import contextlib

import streamlit as st

from ui import RoutedPage, map_component, memory, shell, urls
from ui.i18n import _

memory.use_system_allocator()  # before any data is read: Arrow gives freed memory back
st.set_page_config(
    page_title="PRI pilot dashboard",
    page_icon="🗺️",
    layout="wide",
    initial_sidebar_state="auto",  # collapsed at <= 768 px (Streamlit's md breakpoint)
)

PAGES = [
    RoutedPage("pages/overview.py", title=_("Overview"), url_path="overview", default=True),
    st.Page("pages/map.py", title=_("Map"), url_path="map"),
    st.Page("pages/participants.py", title=_("Participants"), url_path="participants"),
    st.Page("pages/networks.py", title=_("Networks"), url_path="networks"),
    st.Page("pages/comparison.py", title=_("Indicator comparison"), url_path="comparison"),
    st.Page("pages/profile.py", title=_("Region profile"), url_path="profile"),
    st.Page("pages/about.py", title=_("About the data"), url_path="about"),
    st.Page("pages/upload.py", title=_("Your own list"), url_path="upload"),
]

# The navigation is drawn by ui.shell with ui.urls links, which keep the filters and language.
page = st.navigation(PAGES, position="hidden")
urls.remember_page(PAGES, page)
if page.url_path in map_component.MAP_PAGES:  # its code and geometry before the sidebar's
    map_component.preload()
shell.frame()  # language, data check, notices; the page adds its heading
with contextlib.suppress(shell.PageDone):  # the page ended early: the sidebar still comes
    page.run()
shell.sidebar()  # after the page, so its map reaches the browser first (ui.map_preview)
memory.freeze_after_first_run(page.url_path)  # later runs' garbage collection stays short
