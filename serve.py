"""Serve the dashboard: ``streamlit run serve.py`` runs ``app.py`` as an ``st.App`` whose start
builds what the first visitor would otherwise wait for (``ui.warm``). ``streamlit run app.py``
serves the same app without that."""

import streamlit as st

from ui.warm import lifespan

app = st.App("app.py", lifespan=lifespan)
