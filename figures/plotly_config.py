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
from collections.abc import Callable
from typing import Any

from pri_data.i18n import N_

# What Plotly's own controls say (its English msgids, as in Streamlit 1.67's bundle): the modebar's
# buttons, the PNG download's notices and the zoom hint; ``locale_config`` gives them in the UI
# language through Plotly's ``locales`` config.
PLOTLY_TEXTS = (
    N_("Download plot as a PNG"),
    N_("Zoom"),
    N_("Pan"),
    N_("Box Select"),
    N_("Lasso Select"),
    N_("Zoom in"),
    N_("Zoom out"),
    N_("Autoscale"),
    N_("Reset axes"),
    N_("Toggle Spike Lines"),
    N_("Show closest data on hover"),
    N_("Compare data on hover"),
    N_("Preparing image - this may take a few seconds"),
    N_("Image download succeeded"),
    N_("Double-click to zoom back out"),
    N_("Double-click on legend to isolate one trace"),
)


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


def locale_config(lang: str, gettext: Callable[[str], str]) -> dict[str, Any]:
    """The ``config`` keys that make Plotly's own controls speak ``lang``: a dictionary of
    ``PLOTLY_TEXTS`` (numbers follow the figure's ``separators``); nothing for English."""
    if lang == "en":
        return {}
    dictionary = {text: gettext(text) for text in PLOTLY_TEXTS}
    return {"locale": lang, "locales": {lang: {"dictionary": dictionary}}}
