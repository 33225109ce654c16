"""ui/charts.py: a chart is built once per arguments and language, and rebuilt when either
changes (a rerun of the comparison page no longer rebuilds its three charts)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pri_data.i18n import ENGLISH, Translator
from ui import charts


def test_a_chart_is_built_once_per_arguments_and_language() -> None:
    built: list[tuple[str, float]] = []

    def bars(values: pd.DataFrame, title: str, tr: Translator = ENGLISH, digits: int = 2):
        built.append((tr.locale, float(values["value"].sum())))
        return go.Figure(go.Bar(y=values["value"]), layout={"title": title})

    charts._built.clear()
    frame = pd.DataFrame({"value": [1.0, 2.0]})
    first = charts.figure(bars, frame, "t", lang="en", digits=1)
    again = charts.figure(bars, frame.copy(), "t", lang="en", digits=1)  # equal, not the same
    assert again is first and built == [("en", 3.0)]
    charts.figure(bars, frame, "t", lang="fr", digits=1)  # another language
    charts.figure(bars, frame.assign(value=[1.0, 5.0]), "t", lang="en", digits=1)  # other figures
    charts.figure(bars, frame, "t", lang="en", digits=2)  # another keyword
    assert built == [("en", 3.0), ("fr", 3.0), ("en", 6.0), ("en", 3.0)]
