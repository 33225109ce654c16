"""Download of the figures behind a chart (the chart builders are in ``figures``)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pri_data import export, labels
from ui import i18n


def figures_download(label: str, frame: pd.DataFrame, file_name: str, key: str) -> None:
    """A CSV download of the figures behind a chart (the project's one CSV writer), headers in
    the UI language."""
    headers = labels.figure_headers(frame.columns, i18n.translator())
    data = export.to_csv_bytes(frame.rename(columns=headers))
    st.download_button(label, data, file_name=file_name, key=key)
