"""One Plotly config for every chart: the modebar's "Download plot as png" (client-side, works
offline) saves a 2x PNG whose title, source line and attribution are part of the figure.

    st.plotly_chart(fig, key="...", config=plotly_config.chart_config("pri-ranking"))

The PNG is drawn from the chart's SVG outside the page, where Streamlit's web font (Source Sans)
is not available: text measured in one font and drawn in another gets clipped (a legend entry, the
source line). The figure builders therefore set a system font stack (``palette.FONT_FAMILY``),
the same on screen and in the PNG.
"""

from __future__ import annotations

import re
from typing import Any


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "chart"


# The PNG's width in CSS px, whatever the window: its title and source line are one line each
# (Plotly does not wrap them), and a window 800 px wide left the chart about 440 px.
EXPORT_WIDTH = 1200


def chart_config(filename: str, **extra: Any) -> dict[str, Any]:
    """Streamlit/Plotly ``config``: PNG export named ``<filename>.png``, ``EXPORT_WIDTH`` wide at
    scale 2, no Plotly logo; ``extra`` adds or overrides keys."""
    return {
        "toImageButtonOptions": {
            "format": "png",
            "filename": _slug(filename),
            "scale": 2,
            "width": EXPORT_WIDTH,
        },
        "displaylogo": False,
        **extra,
    }
