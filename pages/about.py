"""Placeholder while this page is built."""

import streamlit as st

st.title("about")
st.write("This page is being built.")
