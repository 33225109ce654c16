"""One Plotly config for every chart: the modebar's "Download plot as png" (client-side, works
offline) saves a 2x PNG whose title, source line and attribution are part of the figure.

    st.plotly_chart(fig, key="...", config=charts.chart_config("pri-map"))

A figure without a source line gets one with ``with_source(fig, text)`` (returns a copy).

The PNG is drawn from the chart's SVG outside the page, where Streamlit's web font (Source Sans)
is not available: text measured in one font and drawn in another gets clipped (a legend entry, the
source line). ``export_ready(fig)`` gives a copy in a system font stack, the same on screen and in
the PNG; pages pass that copy to ``st.plotly_chart`` (a copy: cached figures are shared).
"""

from __future__ import annotations

import re
from typing import Any

import plotly.graph_objects as go

SOURCE_Y = -0.05  # just under the plot area, as geo.plot.participant_map places its source line
EXPORT_FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif"


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


def export_ready(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` whose text uses ``EXPORT_FONT`` unless the figure names a font."""
    out = go.Figure(fig)
    if not out.layout.font.family:
        out.update_layout(font_family=EXPORT_FONT)
    return out


def with_source(fig: go.Figure, text: str, *, bottom_margin: int = 60) -> go.Figure:
    """A copy of ``fig`` with ``text`` (source and attribution) written under the plot, so an
    exported PNG carries it."""
    out = go.Figure(fig)
    out.add_annotation(
        text=text,
        x=0.0,
        y=SOURCE_Y,
        xref="paper",
        yref="paper",
        xanchor="left",
        yanchor="top",
        showarrow=False,
        font={"size": 12, "color": "#555555"},
    )
    margin_b = out.layout.margin.b if out.layout.margin.b is not None else 0
    out.update_layout(margin_b=max(margin_b, bottom_margin))
    return out
