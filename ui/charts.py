"""One Plotly config for every chart: the modebar's "Download plot as png" (client-side, works
offline) saves a 2x PNG whose title, source line and attribution are part of the figure.

    st.plotly_chart(fig, key="...", config=charts.chart_config("pri-map"))

The PNG is drawn from the chart's SVG outside the page, where Streamlit's web font (Source Sans)
is not available: text measured in one font and drawn in another gets clipped (a legend entry, the
source line). The figure builders therefore set a system font stack (``geo.plot.FONT_FAMILY``),
the same on screen and in the PNG, once, when the cached figure is built.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import streamlit as st

from pri_data import export, labels
from ui import i18n


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "chart"


def chart_config(filename: str, **extra: Any) -> dict[str, Any]:
    """Streamlit/Plotly ``config``: PNG export named ``<filename>.png`` at scale 2, no Plotly
    logo; ``extra`` adds or overrides keys (e.g. ``scrollZoom=True``)."""
    return {
        "toImageButtonOptions": {"format": "png", "filename": _slug(filename), "scale": 2},
        "displaylogo": False,
        **extra,
    }


def figures_download(label: str, frame: pd.DataFrame, file_name: str, key: str) -> None:
    """A CSV download of the figures behind a chart (the project's one CSV writer), headers in
    the UI language."""
    headers = labels.figure_headers(frame.columns, i18n.translator())
    data = export.to_csv_bytes(frame.rename(columns=headers))
    st.download_button(label, data, file_name=file_name, key=key)
