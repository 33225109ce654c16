"""PRI dashboard: page config and navigation. Pages hold the layout; data comes from pri_data."""

import streamlit as st

st.set_page_config(
    page_title="PRI pilot dashboard",
    page_icon="🗺️",
    layout="wide",
    initial_sidebar_state="expanded",
)

PAGES = [
    st.Page("pages/overview.py", title="Overview", url_path="overview", default=True),
    st.Page("pages/map.py", title="Map", url_path="map"),
    st.Page("pages/participants.py", title="Participants", url_path="participants"),
    st.Page("pages/networks.py", title="Networks", url_path="networks"),
    st.Page("pages/comparison.py", title="Indicator comparison", url_path="comparison"),
    st.Page("pages/region_profile.py", title="Region profile", url_path="profile"),
    st.Page("pages/about.py", title="About the data", url_path="about"),
]

st.navigation(PAGES).run()
