"""Pure Plotly builders for the indicator comparison: ranking, scatter, distribution. Each chart
carries its title and a source line, so an exported PNG still says where its figures come from.
Every word comes from the catalogue and every number follows the language of ``tr``: Plotly's
``separators`` for ticks and hover, Babel for numbers written into text."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from figures.palette import FONT_FAMILY, INDIVIDUAL, OKABE_ITO
from pri_data.i18n import ENGLISH, N_, Translator, format_number, separators
from pri_data.labels import INDIVIDUAL_LABEL

PARTICIPANT, OTHER, EU_COLOUR, COUNTRY_COLOUR = OKABE_ITO[0], "#BDBDBD", OKABE_ITO[5], "#000000"
PARTICIPANT_NAME, COUNTRY_NAME = N_("participant"), N_("its country")
COUNTRY_HOVER, EU_LINE = N_("its country: {value}"), N_("EU {value}")
OTHER_REGIONS, PRI_REGIONS = N_("other EU regions"), N_("PRI participant regions")
OTHERS_BOX = N_("other regions")
GAP = N_("Gap between medians: {gap} {unit}")


def _hover(digits: int) -> str:
    """A d3 number format with grouping and ``digits`` decimals; Plotly applies the figure's
    ``separators`` (1 234,5 in French)."""
    return f",.{digits}f"


def _signed(value: float, lang: str, digits: int) -> str:
    """'+0,26' / '−0,26' in ``lang`` (a real minus sign)."""
    return ("+" if value >= 0 else "−") + format_number(abs(value), lang, digits)


def _finish(
    fig: go.Figure, title: str, source: str, height: int, tr: Translator = ENGLISH
) -> go.Figure:
    fig.update_layout(
        separators=separators(tr.locale),
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
    rows: pd.DataFrame,
    eu: float | None,
    unit: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: int = 2,
) -> go.Figure:
    """``rows``: name, value, year, country_value (NaN allowed). Bars sorted by value; a black
    diamond marks each one's country value, a dashed line the EU value. No-data rows are listed.
    ``unit`` is already in ``tr``'s language; values show ``digits`` decimals."""
    _ = tr.gettext
    fmt = _hover(digits)
    data = rows[rows["value"].notna()].sort_values("value")
    height = max(360, 26 * len(data) + 140)
    fig = go.Figure(
        go.Bar(
            x=data["value"],
            y=data["name"],
            orientation="h",
            marker_color=PARTICIPANT,
            customdata=data["year"],
            hovertemplate=f"%{{y}}: %{{x:{fmt}}} {unit} (%{{customdata}})<extra></extra>",
            name=_(PARTICIPANT_NAME),
        )
    )
    fig.add_trace(
        go.Scatter(
            x=data["country_value"],
            y=data["name"],
            mode="markers",
            marker={"symbol": "diamond", "size": 10, "color": COUNTRY_COLOUR},
            name=_(COUNTRY_NAME),
            hovertemplate=_(COUNTRY_HOVER).format(value=f"%{{x:{fmt}}} {unit}")
            + "<extra></extra>",
        )
    )
    if eu is not None:
        fig.add_vline(
            x=eu,
            line_dash="dash",
            line_color=EU_COLOUR,
            annotation_text=_(EU_LINE).format(value=format_number(eu, tr.locale, digits)),
        )
    fig.update_xaxes(title=unit, hoverformat=fmt)
    fig.update_layout(legend={"orientation": "h", "y": 1.02, "x": 0.5, "xanchor": "center"})
    return _finish(fig, title, source, height, tr)


def scatter_two(
    points: pd.DataFrame,
    x_label: str,
    y_label: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: tuple[int, int] = (2, 2),
    colours: Mapping[str, str] | None = None,
) -> go.Figure:
    """``points``: label, x, y, group ('' for non-participants); participants coloured by group
    with ``colours`` (group name -> colour, ``palette.named_group_colours``: as on the maps).
    Labels are already in ``tr``'s language; ``digits`` are the decimals of x and y."""
    hover = f"%{{text}}<br>%{{x:{_hover(digits[0])}}}; %{{y:{_hover(digits[1])}}}<extra></extra>"
    individual = tr.gettext(INDIVIDUAL_LABEL)

    fig = go.Figure()
    others = points[points["group"] == ""]
    fig.add_trace(
        go.Scatter(
            x=others["x"],
            y=others["y"],
            mode="markers",
            marker={"color": OTHER, "size": 7},
            text=others["label"],
            hovertemplate=hover,
            name=tr.gettext(OTHER_REGIONS),
        )
    )
    part = points[points["group"] != ""]
    colours = colours or {}
    rank = {name: i for i, name in enumerate(colours)}
    order = sorted(part["group"].unique(), key=lambda g: (g == individual, rank.get(g, 99), g))
    for group in order:
        sub = part[part["group"] == group]
        fig.add_trace(
            go.Scatter(
                x=sub["x"],
                y=sub["y"],
                mode="markers",
                marker={
                    "color": colours.get(group, INDIVIDUAL),
                    "size": 12,
                    "line": {"color": "white", "width": 1},
                },
                text=sub["label"],
                hovertemplate=hover,
                name=group,
            )
        )
    fig.update_xaxes(title=x_label)
    fig.update_yaxes(title=y_label)
    return _finish(fig, title, source, 560, tr)


def distribution(
    values: pd.DataFrame,
    unit: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: int = 2,
) -> go.Figure:
    """``values``: value, is_participant (bool), label. Box + points per side and the median gap,
    in ``tr``'s language (``unit`` already translated)."""
    fig = go.Figure()
    medians = {}
    fmt = _hover(digits)
    for flag, name, colour in (
        (True, tr.gettext(PRI_REGIONS), PARTICIPANT),
        (False, tr.gettext(OTHERS_BOX), OTHER),
    ):
        sub = values[values["is_participant"] == flag]
        medians[flag] = sub["value"].median()
        fig.add_trace(
            go.Box(
                y=sub["value"],
                name=f"{name} (n = {format_number(len(sub), tr.locale)})",
                boxpoints="all",
                jitter=0.4,
                pointpos=0,
                marker={"color": colour, "size": 6},
                line={"color": "#333333" if flag else "#777777"},
                fillcolor="rgba(0,114,178,0.15)" if flag else "rgba(150,150,150,0.15)",
                text=sub["label"],
                hovertemplate=f"%{{text}}: %{{y:{fmt}}} {unit}<extra></extra>",
            )
        )
    gap = medians[True] - medians[False]
    if pd.notna(gap):
        fig.add_annotation(
            text=tr.gettext(GAP).format(gap=_signed(gap, tr.locale, digits), unit=unit),
            x=0.5,
            y=1.0,
            xref="paper",
            yref="paper",
            showarrow=False,
            font={"size": 15},
        )
    fig.update_yaxes(title=unit, hoverformat=fmt)
    fig.update_layout(showlegend=False)
    return _finish(fig, title, source, 520, tr)
