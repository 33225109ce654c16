"""The comparison page's charts on the screen, and the figures behind them as CSV (the chart
builders are in ``figures.charts``)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pri_data import export, labels
from pri_data.i18n import translator_for
from ui import i18n

Builder = Callable[..., go.Figure]


@st.cache_resource(max_entries=48, show_spinner=False)
def _built(name: str, lang: str, args: tuple, kwargs: tuple, _builder: Builder) -> go.Figure:
    return _builder(*args, tr=translator_for(lang), **dict(kwargs))


def figure(builder: Builder, *args: object, lang: str = "en", **kwargs: object) -> go.Figure:
    """``builder(*args, tr=<lang>, **kwargs)``, built once per arguments and language: a rerun of
    the comparison page rebuilt its three charts each time (about 100 ms each). The figure is
    shared, not copied: ``st.plotly_chart`` only reads it."""
    return _built(builder.__name__, lang, args, tuple(sorted(kwargs.items())), builder)


def show(builder: Builder, *args: object, key: str, config: dict, **kwargs: object) -> None:
    """The chart ``builder`` makes of ``args`` and ``kwargs``, in the UI language."""
    fig = figure(builder, *args, lang=i18n.current_lang(), **kwargs)
    st.plotly_chart(fig, key=key, config=config)


def figures_download(label: str, frame: pd.DataFrame, file_name: str, key: str) -> None:
    """A CSV download of the figures behind a chart (the project's one CSV writer), headers in
    the UI language."""
    headers = labels.figure_headers(frame.columns, i18n.translator())
    data = export.to_csv_bytes(frame.rename(columns=headers))
    st.download_button(label, data, file_name=file_name, key=key)
