"""Choropleth of one indicator over the EU's NUTS 2 regions: offline MapLibre, 'no data' drawn
distinctly, participants outlined. Pure Plotly, like geo/plot.py."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from geo.plot import eu_map_layout, outline_trace
from geo.shapes import units_geojson

NO_DATA = "#D9D9D9"
COLORSCALE = "Cividis"  # perceptually uniform and readable with colour-vision deficiencies


def indicator_map(
    values: pd.DataFrame,
    outlined: tuple[str, ...],
    title: str,
    unit: str,
    source: str,
    height: int = 640,
) -> go.Figure:
    """``values``: nuts_id, value, year, label (all NUTS 2 units; value NaN = no data)."""
    have = values[values["value"].notna()]
    missing = values[values["value"].isna()]
    traces = [
        go.Choroplethmap(
            geojson=units_geojson(tuple(missing["nuts_id"])),
            locations=missing["nuts_id"].tolist(),
            z=[0] * len(missing),
            colorscale=[[0, NO_DATA], [1, NO_DATA]],
            showscale=False,
            marker_line_color="white",
            marker_line_width=0.4,
            text=missing["label"].tolist(),
            hovertemplate="%{text}<br>no data<extra></extra>",
            name="no data",
            showlegend=True,
        ),
        go.Choroplethmap(
            geojson=units_geojson(tuple(have["nuts_id"])),
            locations=have["nuts_id"].tolist(),
            z=have["value"].tolist(),
            colorscale=COLORSCALE,
            colorbar={"title": {"text": unit}, "thickness": 14, "len": 0.6},
            marker_line_color="white",
            marker_line_width=0.4,
            customdata=have[["label", "year"]].to_numpy().tolist(),
            hovertemplate="%{customdata[0]}<br>%{z:.2f} (%{customdata[1]})<extra></extra>",
            name=unit,
            showlegend=False,
        ),
    ]
    if outlined:
        traces.append(
            outline_trace(
                outlined,
                "#C00000",
                2.2,
                hoverinfo="skip",
                name="PRI participant (outline)",
                showlegend=True,
            )
        )
    return eu_map_layout(go.Figure(traces), title, source, height=height)
