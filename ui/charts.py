"""The comparison page's charts on the screen, and the figures behind them as CSV (the chart
builders are in ``figures.charts``)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from figures import plotly_config
from figures.charts import SOURCE_INDEX
from pri_data import export, labels
from pri_data.i18n import translator_for
from pri_data.text import plain
from ui import i18n, layout

Builder = Callable[..., go.Figure]
CHART_KEY = "pri_chart"  # + "_" + the chart's key: its box, with its title and source as text


@st.cache_resource(max_entries=48, show_spinner=False)
def _built(name: str, lang: str, args: tuple, kwargs: tuple, _builder: Builder) -> go.Figure:
    return _builder(*args, tr=translator_for(lang), **dict(kwargs))


def figure(builder: Builder, *args: object, lang: str = "en", **kwargs: object) -> go.Figure:
    """``builder(*args, tr=<lang>, **kwargs)``, built once per arguments and language: a rerun of
    the comparison page rebuilt its three charts each time (about 100 ms each). The figure is
    shared, not copied: ``st.plotly_chart`` only reads it."""
    return _built(builder.__name__, lang, args, tuple(sorted(kwargs.items())), builder)


def show(builder: Builder, *args: object, key: str, config: dict, **kwargs: object) -> None:
    """The chart ``builder`` makes of ``args`` and ``kwargs``, in the UI language. Plotly never
    wraps a title or an annotation: at 800 px they were cut at the chart's edge. So the source
    line is text under the chart, and so is the title when the chart is narrower than the title
    needs (``_rules``); a PNG export draws the figure afresh, its own title and source in it.
    Plotly's own buttons and notices speak the UI language too (``locale_config``)."""
    lang = i18n.current_lang()
    fig = figure(builder, *args, lang=lang, **kwargs)
    box = f"{CHART_KEY}_{key}"
    title = str(fig.layout.title.text)
    with st.container(key=box):
        layout.add_rules(f"{box}_rules", _rules(box, _title_px(title, fig.layout.title.font.size)))
        st.container(key=f"{box}_title").markdown(f"**{plain(title)}**")
        config = {**config, **plotly_config.locale_config(lang, i18n.translator().gettext)}
        st.plotly_chart(fig, key=key, config=config)
        st.caption(plain(fig.layout.annotations[SOURCE_INDEX].text))


def figures_download(label: str, frame: pd.DataFrame, file_name: str, key: str) -> None:
    """A CSV download of the figures behind a chart (the project's one CSV writer), headers in
    the UI language."""
    headers = labels.figure_headers(frame.columns, i18n.translator())
    data = export.to_csv_bytes(frame.rename(columns=headers))
    st.download_button(label, data, file_name=file_name, key=key)


def _title_px(title: str, size: float) -> int:
    """About the chart width (px) the figure's title needs on one line: its estimated width and
    the margins around it. 0.52 em a character: the German GERD title (85 characters at 19 px)
    measured 0.45 em in DejaVu Sans, the widest font of the stack (``palette.FONT_FAMILY``)."""
    return round(0.52 * size * len(title) + 40)


def _rules(box: str, title_px: int) -> str:
    """Chart box ``box``: the figure's source line hidden (the caption under it says it); below
    ``title_px`` the figure's title hidden and the text title shown, else the other way round."""
    inside = f".st-key-{box}"
    text_title = f"{inside} {layout.box_wrapper(f'{box}_title')}"
    return (
        f"{inside} {{ container-type: inline-size; }}"
        f'{inside} .annotation[data-index="{SOURCE_INDEX}"] {{ display: none; }}'
        f"@container (max-width: {title_px}px) {{ {inside} .g-gtitle {{ display: none; }} }}"
        f"@container (min-width: {title_px + 1}px) {{ {text_title} {{ display: none; }} }}"
    )
