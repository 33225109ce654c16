"""Pure Plotly builders for the indicator comparison: ranking, scatter, distribution. Each chart
carries its title and a source line, so an exported PNG still says where its figures come from."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from geo.plot import FONT_FAMILY, color_map

PARTICIPANT, OTHER, EU_COLOUR, COUNTRY_COLOUR = "#0072B2", "#BDBDBD", "#D55E00", "#000000"


def _finish(fig: go.Figure, title: str, source: str, height: int) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0.01, "font": {"size": 19}},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 110},
        font={"size": 14, "family": FONT_FAMILY},
        plot_bgcolor="white",
        annotations=[
            *fig.layout.annotations,
            {
                "text": source,
                "x": 0,
                "y": 0,
                "yshift": -70,  # pixels below the plot area: clear of the axis title
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "xanchor": "left",
                "yanchor": "top",
                "font": {"size": 12, "color": "#555555"},
            },
        ],
    )
    fig.update_xaxes(gridcolor="#EEEEEE")
    fig.update_yaxes(gridcolor="#EEEEEE")
    return fig


def ranking_bars(
    rows: pd.DataFrame, eu: float | None, unit: str, title: str, source: str
) -> go.Figure:
    """``rows``: name, value, year, country_value (NaN allowed). Bars sorted by value; a black
    diamond marks each one's country value, a dashed line the EU value. No-data rows are listed."""
    data = rows[rows["value"].notna()].sort_values("value")
    height = max(360, 26 * len(data) + 140)
    fig = go.Figure(
        go.Bar(
            x=data["value"],
            y=data["name"],
            orientation="h",
            marker_color=PARTICIPANT,
            customdata=data["year"],
            hovertemplate="%{y}: %{x:.2f} (%{customdata})<extra></extra>",
            name="participant",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=data["country_value"],
            y=data["name"],
            mode="markers",
            marker={"symbol": "diamond", "size": 10, "color": COUNTRY_COLOUR},
            name="its country",
            hovertemplate="country: %{x:.2f}<extra></extra>",
        )
    )
    if eu is not None:
        fig.add_vline(x=eu, line_dash="dash", line_color=EU_COLOUR, annotation_text=f"EU {eu:.2f}")
    fig.update_xaxes(title=unit)
    fig.update_layout(legend={"orientation": "h", "y": 1.02, "x": 0.5, "xanchor": "center"})
    return _finish(fig, title, source, height)


def scatter_two(
    points: pd.DataFrame, x_label: str, y_label: str, title: str, source: str
) -> go.Figure:
    """``points``: label, x, y, group ('' for non-participants); participants coloured by group."""

    fig = go.Figure()
    others = points[points["group"] == ""]
    fig.add_trace(
        go.Scatter(
            x=others["x"],
            y=others["y"],
            mode="markers",
            marker={"color": OTHER, "size": 7},
            text=others["label"],
            hovertemplate="%{text}<br>%{x:.2f}, %{y:.2f}<extra></extra>",
            name="other EU regions",
        )
    )
    part = points[points["group"] != ""]
    colours = color_map(sorted(part["group"].unique(), key=lambda g: (g == "Individual", g)))
    for group, sub in part.groupby("group", sort=False):
        fig.add_trace(
            go.Scatter(
                x=sub["x"],
                y=sub["y"],
                mode="markers",
                marker={
                    "color": colours[group],
                    "size": 12,
                    "line": {"color": "white", "width": 1},
                },
                text=sub["label"],
                hovertemplate="%{text}<br>%{x:.2f}, %{y:.2f}<extra></extra>",
                name=group,
            )
        )
    fig.update_xaxes(title=x_label)
    fig.update_yaxes(title=y_label)
    return _finish(fig, title, source, 560)


def distribution(values: pd.DataFrame, unit: str, title: str, source: str) -> go.Figure:
    """``values``: value, is_participant (bool), label. Box + points per side and the median gap."""
    fig = go.Figure()
    medians = {}
    for flag, name, colour in (
        (True, "PRI participants", PARTICIPANT),
        (False, "other regions", OTHER),
    ):
        sub = values[values["is_participant"] == flag]
        medians[name] = sub["value"].median()
        fig.add_trace(
            go.Box(
                y=sub["value"],
                name=f"{name} (n={len(sub)})",
                boxpoints="all",
                jitter=0.4,
                pointpos=0,
                marker={"color": colour, "size": 6},
                line={"color": "#333333" if flag else "#777777"},
                fillcolor="rgba(0,114,178,0.15)" if flag else "rgba(150,150,150,0.15)",
                text=sub["label"],
                hovertemplate="%{text}: %{y:.2f}<extra></extra>",
            )
        )
    gap = medians["PRI participants"] - medians["other regions"]
    if pd.notna(gap):
        fig.add_annotation(
            text=f"Gap between medians: {gap:+.2f} {unit}",
            x=0.5,
            y=1.0,
            xref="paper",
            yref="paper",
            showarrow=False,
            font={"size": 15},
        )
    fig.update_yaxes(title=unit)
    fig.update_layout(showlegend=False)
    return _finish(fig, title, source, 520)


def network_table(rows: pd.DataFrame, eu: float | None) -> pd.DataFrame:
    """``rows``: group, value (one row per member; NaN = no data). Median and range per group,
    how many members have a value, and the median's distance to the EU value."""
    grouped = rows.groupby("group")["value"]
    table = pd.DataFrame(
        {
            "members": grouped.size(),
            "with data": grouped.count(),
            "median": grouped.median(),
            "min": grouped.min(),
            "max": grouped.max(),
        }
    )
    table["median − EU"] = table["median"] - eu if eu is not None else float("nan")
    return table.sort_values("median", ascending=False)
