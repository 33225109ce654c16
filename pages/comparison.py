"""Placeholder while this page is built."""

import streamlit as st

st.title("comparison")
st.write("This page is being built.")
