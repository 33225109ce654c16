"""Serve the dashboard: ``streamlit run serve.py`` runs ``app.py`` as an ``st.App`` whose start
builds what the first visitor would otherwise wait for (``ui.warm``), which serves the first
pages' map pictures as files their HTML names (``ui.served_pictures``) and writes the layout
rules into every page's HTML (``ui.served_style``). ``streamlit run app.py`` serves the same app
without that."""

import streamlit as st
from starlette.middleware import Middleware

from ui import served_pictures, served_style
from ui.warm import lifespan

app = st.App(
    "app.py",
    lifespan=lifespan,
    routes=served_pictures.routes(),
    middleware=[
        Middleware(served_pictures.PreloadFirstPicture),
        Middleware(served_style.StyleInHtml),
    ],
)
