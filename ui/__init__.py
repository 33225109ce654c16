"""Streamlit-facing helpers shared by every page: URL state, sidebar filters, header and footer."""
