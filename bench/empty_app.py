"""The floor no app can beat: a Streamlit page with one line of text (the benchmark's third app).

Run: ``streamlit run bench/empty_app.py`` from the repository root.
"""

import streamlit as st

st.write("An empty Streamlit page.")
