"""Placeholder while this page is built."""

import streamlit as st

st.title("region_profile")
st.write("This page is being built.")
